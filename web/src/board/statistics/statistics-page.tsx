import { lazy, Suspense, useEffect, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { statisticsCsv, statisticsFileName, statisticsNote, trendCsv, type CsvTrendPoint } from "../../../../common/statistics-csv";
import { useSignedIn } from "../../auth/use-me";
import { graphql } from "../../generated";
import type { BoardStatisticsQuery, BoardStatisticsTrendQuery, StatisticsDimension, StatisticsFilter } from "../../generated/graphql";
import { codeOf, errorAt, type GraphQLErrorShape } from "../../graphql/errors";
import { errorsOf, useQuery } from "../../graphql/hooks";
import { REGION_LABELS, formatDate, formatDateTime } from "../../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../../shell/page";
import { queryString, useNavigate, useSearchParams } from "../../shell/router";
import "./statistics.scss";
import { BREAKDOWNS, COLUMNS, FUNNEL, breakdownLabel, cellText, financialYears, isBreakdown, memberKey, memberLabel, type Breakdown } from "./dimensions";
import { executeStatistics, useStatisticsQuery } from "./use-statistics";

// recharts is loaded with the charts, after the tables: the tables never wait for it.
const Charts = lazy(() => import("./statistics-charts"));

const BoardStatisticsOptions = graphql(`
  query BoardStatisticsOptions {
    agencies(kind: LOCAL_AUTHORITY) {
      id
      name
      region
    }
    rolloutPhases {
      id
      name
      ordinal
    }
  }
`);

const BoardStatistics = graphql(`
  query BoardStatistics($period: String!, $by: [StatisticsDimension!], $filter: StatisticsFilter) {
    preventStatistics(period: $period, by: $by, filter: $filter) {
      period
      periodStart
      periodEnd
      provisional
      by
      disclosureControl
      suppressionThreshold
      computedAt
      total {
        ...BoardStatisticsRow
      }
      rows {
        ...BoardStatisticsRow
      }
    }
  }

  fragment BoardStatisticsRow on StatisticsRow {
    localAuthority {
      id
      name
    }
    region
    rolloutPhase {
      id
      name
    }
    referringSector
    typeOfConcern
    ageBand
    gender
    consentToSupport
    mentalHealthConcern
    ethnicity
    referrals {
      value
      suppressed
    }
    discussedAtPanel {
      value
      suppressed
    }
    adoptedAsChannelCase {
      value
      suppressed
    }
    noFurtherAction {
      value
      suppressed
    }
    signposted {
      value
      suppressed
    }
    supportedThroughChannel {
      value
      suppressed
    }
    closedAfterSupport {
      value
      suppressed
    }
    ddpCaseload {
      value
      suppressed
    }
    panelRate {
      value
      suppressed
    }
    adoptionRate {
      value
      suppressed
    }
    medianDaysToScreeningDecision {
      days
      suppressed
    }
    medianDaysToFirstPanel {
      days
      suppressed
    }
  }
`);

const BoardStatisticsTrend = graphql(`
  query BoardStatisticsTrend($period: String!, $filter: StatisticsFilter) {
    preventStatistics(period: $period, filter: $filter) {
      period
      provisional
      disclosureControl
      suppressionThreshold
      total {
        referrals {
          value
          suppressed
        }
        discussedAtPanel {
          value
          suppressed
        }
        adoptedAsChannelCase {
          value
          suppressed
        }
        noFurtherAction {
          value
          suppressed
        }
        signposted {
          value
          suppressed
        }
        supportedThroughChannel {
          value
          suppressed
        }
        closedAfterSupport {
          value
          suppressed
        }
        ddpCaseload {
          value
          suppressed
        }
      }
    }
  }
`);

export type StatisticsReport = NonNullable<BoardStatisticsQuery["preventStatistics"]>;
export type TrendPoint = NonNullable<BoardStatisticsTrendQuery["preventStatistics"]>;

const QUARTERS = [
  { value: "", label: "The whole year (April to March)" },
  { value: "Q1", label: "Quarter 1 (April to June)" },
  { value: "Q2", label: "Quarter 2 (July to September)" },
  { value: "Q3", label: "Quarter 3 (October to December)" },
  { value: "Q4", label: "Quarter 4 (January to March)" },
];

/** What the page shows, as its address carries it (a view can be bookmarked and shared). */
interface Choice {
  year: string;
  quarter: string;
  by: Breakdown | null;
  /** "" (England and Wales), `region:LONDON`, `phase:pilot-2018` or `la:kirklees`. */
  area: string;
}

function filterOf(area: string): StatisticsFilter {
  const [kind, id] = [area.slice(0, area.indexOf(":")), area.slice(area.indexOf(":") + 1)];
  if (!id) return {};
  if (kind === "region") return { region: id as StatisticsFilter["region"] };
  if (kind === "phase") return { rolloutPhaseId: id };
  if (kind === "la") return { localAuthorityId: id };
  return {};
}

function choiceOf(params: URLSearchParams, years: readonly string[], defaultArea: string): Choice {
  const year = params.get("year");
  const quarter = params.get("quarter") ?? "";
  const by = params.get("by");
  return {
    // The last complete year by default.
    year: year && years.includes(year) ? year : (years[1] ?? years[0]!),
    quarter: /^Q[1-4]$/.test(quarter) ? quarter : "",
    by: by === "none" ? null : isBreakdown(by) ? by : "REGION",
    area: params.has("area") ? (params.get("area") ?? "") : defaultArea,
  };
}

const hrefOf = (c: Choice) => `/board/statistics${queryString({ year: c.year, quarter: c.quarter || null, by: c.by ?? "none", area: c.area })}`;

/**
 * The Prevent statistics for the Governance Board, Home Office oversight and, for their own
 * authority, chairs and Prevent coordinators: a breakdown, the funnel and the year-on-year line,
 * each a chart with its table beside it and a CSV download in the release's layout. Suppression is
 * the platform's: a suppressed cell shows `[c]`, is never drawn, and nothing drawn recovers it.
 */
export function StatisticsPage() {
  const me = useSignedIn();
  const params = useSearchParams();
  const years = useMemo(() => financialYears(), []);
  // Chairs and coordinators see their own authority; the board sees England and Wales.
  const ownArea = me.roles.some((r) => r === "BOARD_MEMBER" || r === "OVERSIGHT") ? "" : `la:${me.agencyId}`;
  const choice = useMemo(() => choiceOf(params, years, ownArea), [params, years, ownArea]);
  const period = choice.quarter ? `${choice.year} ${choice.quarter}` : choice.year;
  const filter = useMemo(() => filterOf(choice.area), [choice.area]);
  const variables = { period, by: (choice.by ? [choice.by] : []) as StatisticsDimension[], filter: Object.keys(filter).length > 0 ? filter : null };
  const query = useStatisticsQuery(BoardStatistics, variables, "preventStatistics");
  const options = useQuery(BoardStatisticsOptions, {}, { referenceOnly: true });
  const state = query.state;
  const errors = errorsOf(state);
  const report = state.status === "done" ? (state.data?.preventStatistics ?? null) : null;
  const refused = state.status === "done" && !report && query.retryingIn === null ? (errorAt(errors, ["preventStatistics"]) ?? errors[0]) : undefined;
  useTitle("Statistics", state.status === "failed" || refused !== undefined);

  return (
    <>
      <span className="govuk-caption-l">Dovetail Governance Board</span>
      <h1 className="govuk-heading-l">Prevent statistics</h1>
      <p className="govuk-body">
        Referrals to Prevent and what became of them, as the Home Office's release "Individuals referred to and supported through the Prevent Programme" reports them, for a financial year or a quarter.
      </p>
      <ChoiceForm choice={choice} years={years} options={options.state.status === "done" ? options.state.data : null} />
      {state.status === "failed" && <Problem failure={state.failure} retry={query.refetch} />}
      {query.retryingIn !== null && (
        <div className="govuk-inset-text" role="status" data-testid="statistics-computing">
          The statistics for {choice.year} are being computed. This page asks again in {query.retryingIn} seconds.
        </div>
      )}
      {state.status === "loading" && query.retryingIn === null && <Loading what="the statistics" />}
      {refused && <Refusal error={refused} requestId={state.status === "done" ? state.requestId : null} />}
      {report && <Report report={report} breakdown={choice.by} filter={filter} requestId={state.status === "done" ? state.requestId : ""} />}
    </>
  );
}

/** What the platform refused (another authority's figures, a breakdown the policy does not allow), in its words. */
function Refusal({ error, requestId }: { error: GraphQLErrorShape; requestId: string | null }) {
  const code = codeOf(error);
  return (
    <div className="govuk-error-summary" data-testid="statistics-refused" data-error-code={code}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{code === "FORBIDDEN" ? "You may not see these statistics" : code === "BAD_USER_INPUT" ? "The platform cannot answer this question" : "The statistics could not be shown"}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">The platform said: {error.message}</p>
          <p className="govuk-body-s">
            Code <code>{code}</code>
          </p>
          {code === "FORBIDDEN" && <p className="govuk-body">Chairs and Prevent coordinators see their own authority's statistics; the Governance Board and Home Office oversight see them for every area, with small numbers suppressed.</p>}
          {requestId && <RequestId id={requestId} />}
        </div>
      </div>
    </div>
  );
}

function ChoiceForm({ choice, years, options }: { choice: Choice; years: readonly string[]; options: { agencies: readonly { id: string; name: string; region: string }[]; rolloutPhases: readonly { id: string; name: string; ordinal: number }[] } | null }) {
  const navigate = useNavigate();
  const [form, setForm] = useState(choice);
  useEffect(() => setForm(choice), [choice]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(hrefOf(form));
  };
  const select = (name: keyof Choice, text: string, children: ReactNode) => (
    <div className="govuk-form-group app-statistics-choice__field">
      <label className="govuk-label" htmlFor={`f-${name}`}>
        {text}
      </label>
      <select className="govuk-select" id={`f-${name}`} name={name} value={(form[name] as string | null) ?? "none"} onChange={(e) => setForm({ ...form, [name]: name === "by" ? (e.target.value === "none" ? null : e.target.value) : e.target.value })}>
        {children}
      </select>
    </div>
  );
  const authorities = [...(options?.agencies ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const phases = [...(options?.rolloutPhases ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  return (
    <form className="app-statistics-choice" onSubmit={apply} noValidate aria-label="Choose the statistics">
      <div className="app-statistics-choice__fields">
        {select(
          "year",
          "Financial year",
          years.map((y) => (
            <option key={y} value={y}>
              {`${y.slice(0, 4)} to ${Number(y.slice(0, 4)) + 1}`}
            </option>
          )),
        )}
        {select(
          "quarter",
          "Period",
          QUARTERS.map((q) => (
            <option key={q.value} value={q.value}>
              {q.label}
            </option>
          )),
        )}
        {select(
          "by",
          "Broken down by",
          <>
            {BREAKDOWNS.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
            <option value="none">No breakdown (the total)</option>
          </>,
        )}
        {select(
          "area",
          "Area",
          <>
            <option value="">England and Wales</option>
            <optgroup label="Regions">
              {Object.entries(REGION_LABELS).map(([id, name]) => (
                <option key={id} value={`region:${id}`}>
                  {name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Rollout phases">
              {phases.map((p) => (
                <option key={p.id} value={`phase:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Local authorities">
              {authorities.map((a) => (
                <option key={a.id} value={`la:${a.id}`}>
                  {a.name}
                </option>
              ))}
              {/* An authority chosen in the address before the list has loaded. */}
              {form.area.startsWith("la:") && !authorities.some((a) => `la:${a.id}` === form.area) && <option value={form.area}>{form.area.slice(3)}</option>}
            </optgroup>
          </>,
        )}
      </div>
      <button type="submit" className="govuk-button" data-testid="show-statistics">
        Show statistics
      </button>
    </form>
  );
}

function Report({ report, breakdown, filter, requestId }: { report: StatisticsReport; breakdown: Breakdown | null; filter: StatisticsFilter; requestId: string }) {
  const own = report.disclosureControl === "OWN_AUTHORITY";
  const suppressedCells = [...report.rows, report.total].reduce((n, row) => n + COLUMNS.filter((c) => row[c.key].suppressed).length, 0);
  const stringFilter = filter as Record<string, string>;
  return (
    <>
      <div className="govuk-inset-text" data-testid="disclosure-control" data-control={report.disclosureControl}>
        <p className="govuk-body">
          <strong>
            {report.period}: {formatDate(report.periodStart)} to {formatDate(report.periodEnd)}
          </strong>
          {report.provisional && " (provisional: the period has not ended and its numbers will change)"}.
        </p>
        {own ? (
          <p className="govuk-body">Your own authority's figures, not suppressed. Do not publish them: the published tables suppress counts below {report.suppressionThreshold}.</p>
        ) : (
          <p className="govuk-body">
            Counts from 1 to {report.suppressionThreshold - 1}, and the cells that would reveal them, are suppressed and shown as <strong>[c]</strong>
            {suppressedCells > 0 ? ` (${suppressedCells} ${suppressedCells === 1 ? "cell" : "cells"} here)` : ""}. A suppressed number is never drawn in a chart. [z]: a rate or median over no cases.
          </p>
        )}
        <p className="govuk-body-s">Computed {formatDateTime(report.computedAt)}. Request id {requestId}.</p>
      </div>

      {breakdown && (
        <section aria-labelledby="breakdown-title" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="breakdown-title">
            By {breakdownLabel(breakdown).toLowerCase()}
          </h2>
          <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
            <Charts kind="breakdown" report={report} breakdown={breakdown} />
          </Suspense>
          <StatisticsTable report={report} breakdown={breakdown} testId="statistics-table" caption={`Referrals and outcomes by ${breakdownLabel(breakdown).toLowerCase()}, ${report.period}`} />
          <Download content={statisticsCsv(report, stringFilter)} fileName={statisticsFileName(report.period, report.by, stringFilter)} testId="download-breakdown" what={`the table by ${breakdownLabel(breakdown).toLowerCase()}`} />
        </section>
      )}

      <section aria-labelledby="funnel-title" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="funnel-title">
          From referral to outcome
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half-from-desktop">
            <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
              <Charts kind="funnel" report={report} breakdown={null} />
            </Suspense>
          </div>
          <div className="govuk-grid-column-one-half-from-desktop">
            <FunnelTable report={report} />
            <Download content={statisticsCsv({ ...report, by: [], rows: [] }, stringFilter)} fileName={statisticsFileName(report.period, [], stringFilter)} testId="download-funnel" what="the total" />
          </div>
        </div>
        {!breakdown && <StatisticsTable report={{ ...report, rows: [] }} breakdown={null} testId="statistics-table" caption={`Referrals and outcomes, ${report.period}`} />}
      </section>

      <Trend filter={filter} own={own} />
      <p className="govuk-body-s">{statisticsNote(report, stringFilter)}</p>
    </>
  );
}

/** The table: the breakdown's members, then the total; `[c]` exactly where the platform suppressed. */
function StatisticsTable({ report, breakdown, caption, testId }: { report: StatisticsReport; breakdown: Breakdown | null; caption: string; testId: string }) {
  const rows = breakdown ? [...report.rows, report.total] : [report.total];
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="govuk-table app-statistics-table" data-testid={testId}>
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {breakdownLabel(breakdown)}
              </th>
              {COLUMNS.map((c) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row, i) => {
              const total = row === report.total;
              return (
                <tr className={`govuk-table__row${total ? " app-statistics-total" : ""}`} key={total ? "total" : `${memberKey(breakdown, row)}-${i}`} data-member={total ? "Total" : memberKey(breakdown, row)}>
                  <th scope="row" className="govuk-table__header">
                    {total ? "Total" : memberLabel(breakdown, row)}
                  </th>
                  {COLUMNS.map((c) => (
                    <td className="govuk-table__cell govuk-table__cell--numeric" key={c.key} data-measure={c.key} data-suppressed={row[c.key].suppressed ? "true" : undefined}>
                      {cellText(row[c.key], c.kind)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">What the columns count</span>
        </summary>
        <div className="govuk-details__text">
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {COLUMNS.map((c) => (
              <div className="govuk-summary-list__row" key={c.key}>
                <dt className="govuk-summary-list__key">{c.label}</dt>
                <dd className="govuk-summary-list__value">{c.about}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </>
  );
}

function FunnelTable({ report }: { report: StatisticsReport }) {
  return (
    <table className="govuk-table app-table--compact" data-testid="funnel-table">
      <caption className="govuk-table__caption govuk-table__caption--s">The period's referrals, from referral to outcome, {report.period}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Stage
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Referrals
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {FUNNEL.map((f) => (
          <tr className="govuk-table__row" key={f.measure} data-measure={f.measure}>
            <th scope="row" className="govuk-table__header">
              {f.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-suppressed={report.total[f.measure].suppressed ? "true" : undefined}>
              {cellText(report.total[f.measure], "count")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A link that downloads the table as CSV, in the release's layout (common/statistics-csv.ts, as `npm run report`). */
function Download({ content, fileName, testId, what }: { content: string; fileName: string; testId: string; what: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [content]);
  if (!url) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={url} download={fileName} data-testid={testId}>
        Download {what} as CSV<span className="govuk-visually-hidden"> ({fileName})</span>
      </a>
    </p>
  );
}

/** The financial years' totals, one year after another (a year being computed is waited for). */
function Trend({ filter, own }: { filter: StatisticsFilter; own: boolean }) {
  const years = useMemo(() => [...financialYears()].reverse(), []);
  const key = JSON.stringify(filter);
  const [points, setPoints] = useState<{ period: string; point: TrendPoint | null; error: GraphQLErrorShape | null; requestId: string }[]>([]);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setPoints([]);
    setFailed(null);
    const variablesFilter = JSON.parse(key) as StatisticsFilter;
    void (async () => {
      for (const period of years) {
        try {
          const result = await executeStatistics(BoardStatisticsTrend, { period, filter: Object.keys(variablesFilter).length > 0 ? variablesFilter : null }, "preventStatistics", () => cancelled);
          if (cancelled) return;
          const point = result.data?.preventStatistics ?? null;
          setPoints((previous) => [...previous, { period, point, error: point ? null : (result.errors[0] ?? null), requestId: result.requestId }]);
        } catch (err) {
          if (!cancelled) setFailed(err instanceof Error ? err.message : String(err));
          return;
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key, years]);
  const shown: CsvTrendPoint[] = points.flatMap((p) => (p.point ? [p.point] : []));
  const done = points.length === years.length;
  const problem = points.find((p) => p.error);
  return (
    <section aria-labelledby="trend-title" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="trend-title">
        Year on year
      </h2>
      {failed && <p className="govuk-error-message">The year-on-year figures could not be loaded: {failed}</p>}
      {problem?.error && (
        <p className="govuk-body" data-testid="trend-problem">
          {problem.period}: the platform said: {problem.error.message} <span className="govuk-body-s">(request id {problem.requestId})</span>
        </p>
      )}
      {!done && !failed && (
        <p className="govuk-body" role="status">
          Loading the financial years ({points.length} of {years.length})…
        </p>
      )}
      {shown.length > 0 && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half-from-desktop">
            <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
              <Charts kind="trend" points={shown} />
            </Suspense>
          </div>
          <div className="govuk-grid-column-one-half-from-desktop">
            <table className="govuk-table app-table--compact" data-testid="trend-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Each financial year's total{own ? " (your own authority, not suppressed)" : ""}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Financial year
                  </th>
                  {FUNNEL.slice(0, 3).map((f) => (
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={f.measure}>
                      {f.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {shown.map((p) => (
                  <tr className="govuk-table__row" key={p.period} data-period={p.period}>
                    <th scope="row" className="govuk-table__header">
                      {p.period}
                      {p.provisional ? " (provisional)" : ""}
                    </th>
                    {FUNNEL.slice(0, 3).map((f) => (
                      <td className="govuk-table__cell govuk-table__cell--numeric" key={f.measure} data-measure={f.measure} data-suppressed={p.total[f.measure].suppressed ? "true" : undefined}>
                        {cellText(p.total[f.measure], "count")}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {done && <Download content={trendCsv(shown, filter as Record<string, string>)} fileName={statisticsFileName("year-on-year", [], filter as Record<string, string>)} testId="download-trend" what="the years' totals" />}
          </div>
        </div>
      )}
    </section>
  );
}
