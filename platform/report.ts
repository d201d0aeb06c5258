import { COUNT_MEASURES, STATISTICS_DIMENSIONS, STATISTICS_FILTERS, statisticsCsv, statisticsNote, type CsvReport, type CsvRow } from "../common/statistics-csv";

/**
 * `npm run report`: a Prevent statistics report through the gateway, as the board secretariat
 * runs it, printed as CSV (suppressed counts shown `[c]`, as in official statistics) or JSON.
 */

/** `--by` names (the row fields) → the API's dimensions. */
export const DIMENSIONS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(STATISTICS_DIMENSIONS).map(([dimension, field]) => [field, dimension]));

const FILTERS = STATISTICS_FILTERS;

export const MEASURES = COUNT_MEASURES;

export const USAGE = `usage: npm run --silent report -- --period 2018-19 [--by region,typeOfConcern] [--format csv|json]
                                 [--filter name=VALUE]... [--token TOKEN] [--gateway URL]
  --period   a financial year (2018-19) or a quarter of one ("2018-19 Q2")
  --by       up to one of localAuthority, region, rolloutPhase and two of referringSector,
             typeOfConcern, ageBand, gender, or one of consentToSupport, mentalHealthConcern,
             ethnicity (comma-separated)
  --filter   ${FILTERS.join(", ")} (repeatable), e.g. --filter region=LONDON
  --format   csv (default) or json
  --token    a bearer token (or REPORT_TOKEN); on the development issuer, the board-member persona
CSV, the official release's layout (the web app's download is the same bytes): one header row;
the breakdown first (localAuthority and rolloutPhase ids with a ...Name column beside; "total"
without --by), then referrals, discussedAtPanel, adoptedAsChannelCase, noFurtherAction,
signposted, supportedThroughChannel, closedAfterSupport, ddpCaseload, panelRate, adoptionRate,
medianDaysToScreeningDecision, medianDaysToFirstPanel; one row per member, then Total; [c] for a
suppressed cell, [z] for a rate or median over no cases; a last row "Notes" naming the period,
the suppression threshold and the filter.`;

export class ReportUsageError extends Error {}

export interface ReportOptions {
  period: string;
  by: string[];
  filter: Record<string, string>;
  format: "csv" | "json";
  token?: string;
  gateway?: string;
}

/** Parses the command line; a ReportUsageError names what is wrong. */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const args = [...argv];
  const options: ReportOptions = { period: "", by: [], filter: {}, format: "csv" };
  while (args.length > 0) {
    const name = args.shift()!;
    const value = args.shift();
    if (value === undefined || value.startsWith("--")) throw new ReportUsageError(`${name} needs a value`);
    switch (name) {
      case "--period":
        options.period = value;
        break;
      case "--by":
        options.by = value.split(",").map((d) => d.trim()).filter(Boolean);
        for (const d of options.by) if (!DIMENSIONS[d]) throw new ReportUsageError(`--by: unknown dimension ${JSON.stringify(d)} (one of ${Object.keys(DIMENSIONS).join(", ")})`);
        break;
      case "--filter": {
        const [key, ...rest] = value.split("=");
        if (!FILTERS.includes(key as (typeof FILTERS)[number]) || rest.length === 0 || rest.join("=") === "") {
          throw new ReportUsageError(`--filter takes name=VALUE with a name among ${FILTERS.join(", ")}`);
        }
        options.filter[key!] = rest.join("=");
        break;
      }
      case "--format":
        if (value !== "csv" && value !== "json") throw new ReportUsageError("--format is csv or json");
        options.format = value;
        break;
      case "--token":
        options.token = value;
        break;
      case "--gateway":
        options.gateway = value;
        break;
      default:
        throw new ReportUsageError(`unknown option ${name}`);
    }
  }
  if (!options.period) throw new ReportUsageError("--period is required");
  return options;
}

const COUNT = "{ value suppressed }";
const ROW = `localAuthority { id name } region rolloutPhase { id name } referringSector typeOfConcern ageBand gender consentToSupport mentalHealthConcern ethnicity
  ${MEASURES.map((m) => `${m} ${COUNT}`).join(" ")}
  panelRate ${COUNT} adoptionRate ${COUNT} medianDaysToScreeningDecision { days suppressed } medianDaysToFirstPanel { days suppressed }`;

export const REPORT_QUERY = `query PreventStatisticsReport($period: String!, $by: [StatisticsDimension!], $filter: StatisticsFilter) {
  preventStatistics(period: $period, by: $by, filter: $filter) {
    period periodStart periodEnd provisional by disclosureControl suppressionThreshold computedAt
    total { ${ROW} }
    rows { ${ROW} }
  }
}`;

export type ReportRow = CsvRow;

export interface Report extends CsvReport<ReportRow> {
  by: string[];
  computedAt: string;
  rows: ReportRow[];
}

export class ReportError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** Set when the gateway says to come back later. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Runs the report through the gateway. A year not yet computed answers SERVICE_UNAVAILABLE with
 * `retryAfterSeconds`: the report waits and asks again, a few times.
 */
export async function fetchReport(gateway: string, token: string, options: ReportOptions, attempts = 6): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchReportOnce(gateway, token, options);
    } catch (err) {
      const retryAfter = err instanceof ReportError ? err.retryAfterSeconds : undefined;
      if (attempt >= attempts || retryAfter === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter, 30) * 1000));
    }
  }
}

async function fetchReportOnce(gateway: string, token: string, options: ReportOptions): Promise<Report> {
  const res = await fetch(gateway, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: REPORT_QUERY,
      operationName: "PreventStatisticsReport",
      variables: { period: options.period, by: options.by.map((d) => DIMENSIONS[d]), filter: Object.keys(options.filter).length > 0 ? options.filter : null },
    }),
  });
  let body: { data?: { preventStatistics: Report | null } | null; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ReportError(`The gateway answered ${res.status} without a GraphQL body`, undefined);
  }
  const error = body.errors?.[0];
  if (error) {
    const retry = error.extensions?.code === "SERVICE_UNAVAILABLE" && typeof error.extensions.retryAfterSeconds === "number" ? error.extensions.retryAfterSeconds : undefined;
    throw new ReportError(error.message, error.extensions?.code, retry);
  }
  if (!body.data?.preventStatistics) throw new ReportError(`The gateway answered ${res.status} with no report`, undefined);
  return body.data.preventStatistics;
}

/**
 * The report as CSV in the official release's layout (common/statistics-csv.ts: one header row,
 * the breakdown first, `[c]` for suppressed, the total, a notes row naming the period, the
 * suppression threshold and the filter): byte for byte the web app's download of the same answer.
 */
export function toCsv(report: Report, filter: Record<string, string> = {}): string {
  return statisticsCsv(report, filter);
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** What the secretariat is told beside the numbers (on stderr): the CSV's note, and when they were computed. */
export function reportNote(report: Report, filter: Record<string, string> = {}): string {
  return `Prevent statistics: ${statisticsNote(report, filter)} Computed ${report.computedAt}.`;
}
