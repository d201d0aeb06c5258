import { useMemo, useState, type FormEvent } from "react";
import { mayEverSeeConcern, mayRefer, seesCaseload } from "../auth/roles";
import { useSignedIn } from "../auth/use-me";
import { graphql } from "../generated";
import type { CaseFilter, CaseStage, CaseloadQuery, Programme } from "../generated/graphql";
import { codeOf, errorAt, errorsWithCode, type GraphQLErrorShape } from "../graphql/errors";
import { errorsOf, useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { DateInput, ErrorSummary, Select, datePartsOf, isBlankDate, isoDate, messageFor, type DateParts, type FieldError } from "../shell/forms";
import { CONCERN_LABELS, PROGRAMME_LABELS, STAGES, STAGE_LABELS, formatDate, label, stageTagClass, type Stage } from "../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { CursorPagination, SelectedFilters, type FilterTag } from "../shell/filters";
import { Link, queryString, useNavigate, useSearchParams } from "../shell/router";
import { Withheld, categoryLabel, categoryOf } from "../shell/withheld";
import { ReferenceSearch } from "./reference-search";

const PAGE_SIZE = 25;

const CaseloadAgencies = graphql(`
  query CaseloadAgencies {
    agencies {
      id
      name
      kind
    }
  }
`);

const Caseload = graphql(`
  query Caseload(
    $first: Int!
    $after: String
    $filter: CaseFilter
    $programme: Programme
    $leadAgencyId: ID
    $referredFrom: DateTimeISO
    $referredTo: DateTimeISO
    $withConcern: Boolean!
  ) {
    referral: cases(first: 0, filter: { stage: REFERRAL, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    screening: cases(first: 0, filter: { stage: SCREENING, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    panel: cases(first: 0, filter: { stage: PANEL, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    support: cases(first: 0, filter: { stage: SUPPORT, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    review: cases(first: 0, filter: { stage: REVIEW, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    closed: cases(first: 0, filter: { stage: CLOSED, programme: $programme, leadAgencyId: $leadAgencyId, referredFrom: $referredFrom, referredTo: $referredTo }) {
      totalCount
    }
    page: cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          stage
          referredAt
          typeOfConcern @include(if: $withConcern)
          leadAgency {
            id
            name
          }
          subject {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
`);

const COUNT_KEYS: Record<Stage, "referral" | "screening" | "panel" | "support" | "review" | "closed"> = {
  REFERRAL: "referral",
  SCREENING: "screening",
  PANEL: "panel",
  SUPPORT: "support",
  REVIEW: "review",
  CLOSED: "closed",
};

/** The caseload's filters, as the URL carries them (a filtered view can be bookmarked and shared). */
interface Filters {
  stage: Stage | null;
  programme: Programme | null;
  lead: string | null;
  from: string | null;
  to: string | null;
}

function filtersOf(params: URLSearchParams): Filters {
  const stage = params.get("stage");
  const programme = params.get("programme");
  const date = (name: string) => {
    const value = params.get(name);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  };
  return {
    stage: (STAGES as readonly string[]).includes(stage ?? "") ? (stage as Stage) : null,
    programme: programme === "CHANNEL" || programme === "DDP" ? programme : null,
    lead: params.get("lead") || null,
    from: date("from"),
    to: date("to"),
  };
}

const hrefOf = (filters: Filters, after?: string | null, page?: number) =>
  `/cases${queryString({ stage: filters.stage, programme: filters.programme, lead: filters.lead, from: filters.from, to: filters.to, after, page: page && page > 1 ? page : null })}`;

/** The day after a date, for "referred up to and including". */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export function CaseloadPage() {
  return (
    <RequirePurpose what="your caseload">
      <CaseloadContent />
    </RequirePurpose>
  );
}

function CaseloadContent() {
  const me = useSignedIn();
  const params = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const after = params.get("after");
  const pageNumber = Math.max(1, Number(params.get("page") ?? "1") || 1);
  const withConcern = mayEverSeeConcern(me.roles);
  const referredFrom = filters.from ? `${filters.from}T00:00:00.000Z` : null;
  const referredTo = filters.to ? nextDay(filters.to) : null;
  const common = { programme: filters.programme, leadAgencyId: filters.lead, referredFrom, referredTo };
  const filter: CaseFilter = { ...common, ...(filters.stage ? { stage: filters.stage as CaseStage } : {}) };
  const query = useQuery(Caseload, { first: PAGE_SIZE, after, filter, ...common, withConcern });
  const agencies = useQuery(CaseloadAgencies, {}, { referenceOnly: true });
  const state = query.state;
  const errors = errorsOf(state);
  useTitle("Caseload", state.status === "failed");

  const data: CaseloadQuery | null = state.status === "done" ? state.data : state.status === "loading" ? (state.previous?.data ?? null) : null;
  const leads = agencies.state.status === "done" ? (agencies.state.data?.agencies ?? []).filter((a) => a.kind === "LOCAL_AUTHORITY" || a.kind === "PROBATION") : [];
  const leadName = (id: string) => leads.find((a) => a.id === id)?.name ?? id;

  return (
    <>
      <div className="moj-page-header-actions">
        <div className="moj-page-header-actions__title">
          <h1 className="govuk-heading-l">Caseload</h1>
        </div>
        {mayRefer(me.roles) && (
          <div className="moj-page-header-actions__actions">
            <div className="moj-button-group moj-button-group--inline">
              <Link to="/referrals/new" className="govuk-button govuk-button--secondary" role="button">
                Make a referral
              </Link>
            </div>
          </div>
        )}
      </div>
      <p className="govuk-body">
        The cases your agency, {me.agencyName}, relates to: those it leads, sits on the panel of, referred or screens. Newest referral first.
      </p>
      {state.status === "failed" && <Problem failure={state.failure} retry={() => void query.refetch()} />}
      {data && <StageCounts data={data} filters={filters} errors={errors} />}
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <CaseloadFilter filters={filters} leads={leads} />
        </div>
        <div className="moj-filter-layout__content">
          <CaseloadSelectedFilters filters={filters} leadName={leadName} />
          {state.status === "loading" && <Loading what="cases" />}
          {data && <CaseTable data={data} errors={errors} requestId={state.status === "done" ? state.requestId : null} filters={filters} withConcern={withConcern} seesCases={seesCaseload(me.roles)} />}
          {data?.page && <CaseloadPagination data={data} filters={filters} page={pageNumber} />}
        </div>
      </div>
    </>
  );
}

function StageCounts({ data, filters, errors }: { data: CaseloadQuery; filters: Filters; errors: readonly GraphQLErrorShape[] }) {
  const counts = STAGES.map((stage) => ({ stage, count: data[COUNT_KEYS[stage]]?.totalCount ?? null }));
  if (counts.every((c) => c.count === null) && errors.length > 0) return null;
  const total = counts.reduce((sum, c) => sum + (c.count ?? 0), 0);
  const item = (text: string, count: number | null, stage: Stage | null) => {
    const current = filters.stage === stage;
    return (
      <li className="moj-sub-navigation__item" key={stage ?? "all"}>
        <Link className="moj-sub-navigation__link" aria-current={current ? "page" : undefined} to={hrefOf({ ...filters, stage })} data-stage={stage ?? "ALL"}>
          {text} <span className="moj-badge moj-badge--grey" data-count={count ?? ""}>{count ?? "–"}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav className="moj-sub-navigation app-stage-counts" aria-label="Cases by stage">
      <ul className="moj-sub-navigation__list">
        {item("All stages", total, null)}
        {counts.map((c) => item(STAGE_LABELS[c.stage], c.count, c.stage))}
      </ul>
    </nav>
  );
}

interface FilterForm {
  programme: string;
  lead: string;
  from: DateParts;
  to: DateParts;
}

function CaseloadFilter({ filters, leads }: { filters: Filters; leads: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<FilterForm>(() => ({ programme: filters.programme ?? "", lead: filters.lead ?? "", from: datePartsOf(filters.from), to: datePartsOf(filters.to) }));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const from = isBlankDate(form.from) ? null : isoDate(form.from);
    const to = isBlankDate(form.to) ? null : isoDate(form.to);
    if (!isBlankDate(form.from) && !from) problems.push({ field: "from", message: "Referred from must be a real date, like 27 3 2019" });
    if (!isBlankDate(form.to) && !to) problems.push({ field: "to", message: "Referred to must be a real date, like 27 3 2020" });
    if (from && to && to < from) problems.push({ field: "to", message: "Referred to must be the same as or after referred from" });
    setErrors(problems);
    if (problems.length > 0) return;
    navigate(hrefOf({ stage: filters.stage, programme: form.programme === "CHANNEL" || form.programme === "DDP" ? form.programme : null, lead: form.lead || null, from, to }));
  };
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Filter</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        <div className="moj-filter__options govuk-!-padding-bottom-0">
          <ReferenceSearch />
        </div>
        <form className="moj-filter__options" onSubmit={apply} noValidate aria-label="Filter cases">
          <ErrorSummary errors={errors} />
          <Select
            name="programme"
            label="Programme"
            value={form.programme}
            onChange={(programme) => setForm({ ...form, programme })}
            blank="Any programme"
            options={[
              { value: "CHANNEL", label: "Channel" },
              { value: "DDP", label: "Desistance and Disengagement (DDP)" },
            ]}
          />
          <Select name="lead" label="Lead agency" value={form.lead} onChange={(lead) => setForm({ ...form, lead })} blank="Any lead agency" options={leads.map((a) => ({ value: a.id, label: a.name }))} />
          <DateInput name="from" legend="Referred from" hint="For example, 1 4 2019" value={form.from} onChange={(from) => setForm({ ...form, from })} error={messageFor(errors, "from")} />
          <DateInput name="to" legend="Referred to" hint="Up to and including this day" value={form.to} onChange={(to) => setForm({ ...form, to })} error={messageFor(errors, "to")} />
          <button type="submit" className="govuk-button" data-testid="apply-filters">
            Apply filters
          </button>
        </form>
      </div>
    </div>
  );
}

function CaseloadSelectedFilters({ filters, leadName }: { filters: Filters; leadName: (id: string) => string }) {
  const tags: FilterTag[] = [];
  if (filters.programme) tags.push({ text: `Programme: ${label(PROGRAMME_LABELS, filters.programme)}`, href: hrefOf({ ...filters, programme: null }) });
  if (filters.lead) tags.push({ text: `Lead: ${leadName(filters.lead)}`, href: hrefOf({ ...filters, lead: null }) });
  if (filters.from) tags.push({ text: `Referred from ${formatDate(filters.from)}`, href: hrefOf({ ...filters, from: null }) });
  if (filters.to) tags.push({ text: `Referred to ${formatDate(filters.to)}`, href: hrefOf({ ...filters, to: null }) });
  return <SelectedFilters heading="Selected filters" tags={tags} clear={{ text: "Clear filters", href: hrefOf({ stage: filters.stage, programme: null, lead: null, from: null, to: null }) }} />;
}

function columnState(errors: readonly GraphQLErrorShape[], rows: number, field: (index: number) => readonly (string | number)[]): { show: boolean; allWithheld: GraphQLErrorShape | null } {
  if (rows === 0) return { show: true, allWithheld: null };
  const withheld = Array.from({ length: rows }, (_, i) => errorAt(errors, field(i)));
  const all = withheld.every((e) => e !== undefined);
  return { show: !all, allWithheld: all ? (withheld[0] ?? null) : null };
}

function CaseTable({ data, errors, requestId, filters, withConcern, seesCases }: { data: CaseloadQuery; errors: readonly GraphQLErrorShape[]; requestId: string | null; filters: Filters; withConcern: boolean; seesCases: boolean }) {
  const page = data.page;
  const refused = errorAt(errors, ["page"]);
  if (!page) {
    if (refused && codeOf(refused) === "FORBIDDEN") {
      return (
        <div data-testid="caseload-no-access">
          <h2 className="govuk-heading-m">You do not have access to cases</h2>
          <p className="govuk-body">
            The sharing policy does not give your role access to individual cases{seesCases ? " through this page" : ""}. {seesCases ? "" : "Board members and oversight see statistics, never identities."}
          </p>
          <p className="govuk-body-s">The platform said: {refused.message}</p>
          {requestId && <RequestId id={requestId} />}
        </div>
      );
    }
    if (refused && codeOf(refused) === "PURPOSE_REQUIRED") return null;
    return (
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">Sorry, the cases could not be loaded</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{refused?.message ?? "The platform answered without the list of cases."}</p>
          {requestId && <RequestId id={requestId} />}
        </div>
      </div>
    );
  }
  const rows = page.edges;
  const filtered = Boolean(filters.programme || filters.lead || filters.from || filters.to || filters.stage);
  if (rows.length === 0) {
    return (
      <div data-testid="caseload-empty">
        <h2 className="govuk-heading-m">{filtered ? "No cases match these filters" : "There are no cases for you to see"}</h2>
        <p className="govuk-body">
          {filtered
            ? "Your agency relates to no case at this stage or with these filters. Clear or change the filters to see more."
            : "Your agency does not lead, sit on the panel of, refer or screen any case at the moment. Cases appear here as soon as your agency relates to one."}
        </p>
      </div>
    );
  }
  const subjectColumn = columnState(errors, rows.length, (i) => ["page", "edges", i, "node", "subject"]);
  const concernColumn = withConcern ? columnState(errors, rows.length, (i) => ["page", "edges", i, "node", "typeOfConcern"]) : { show: false, allWithheld: null };
  const notes = [subjectColumn.allWithheld && "Names", concernColumn.allWithheld && "Type of concern"].filter(Boolean);
  const fieldErrors = errorsWithCode(errors, "FORBIDDEN");
  return (
    <>
      {notes.length > 0 && (
        <div className="govuk-inset-text" data-testid="withheld-columns">
          {subjectColumn.allWithheld && <p className="govuk-body">Names are withheld under the sharing policy ({categoryLabel(categoryOf(subjectColumn.allWithheld))}) for every case shown.</p>}
          {concernColumn.allWithheld && <p className="govuk-body">The type of concern is withheld under the sharing policy ({categoryLabel(categoryOf(concernColumn.allWithheld))}) for every case shown.</p>}
        </div>
      )}
      <div className="app-table-scroll">
        <table className="govuk-table app-table--compact" data-testid="caseload-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {filters.stage ? `${STAGE_LABELS[filters.stage]}: ` : ""}
            {page.totalCount} {page.totalCount === 1 ? "case" : "cases"}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              {subjectColumn.show && (
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
              )}
              <th scope="col" className="govuk-table__header">
                Stage
              </th>
              {concernColumn.show && (
                <th scope="col" className="govuk-table__header">
                  Type of concern
                </th>
              )}
              <th scope="col" className="govuk-table__header">
                Lead agency
              </th>
              <th scope="col" className="govuk-table__header">
                Referred
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map(({ node }, i) => {
              const at = (field: string) => errorAt(fieldErrors, ["page", "edges", i, "node", field]);
              const subjectWithheld = at("subject");
              const concernWithheld = at("typeOfConcern");
              return (
                <tr className="govuk-table__row" key={node.id} data-case-id={node.id}>
                  <td className="govuk-table__cell app-nowrap">
                    <Link className="govuk-link" to={`/cases/${node.id}`}>
                      {node.reference ?? node.id}
                    </Link>
                  </td>
                  {subjectColumn.show && (
                    <td className="govuk-table__cell">{subjectWithheld ? <Withheld error={subjectWithheld} /> : node.subject ? `${node.subject.givenName ?? ""} ${node.subject.familyName ?? ""}`.trim() : "Not recorded"}</td>
                  )}
                  <td className="govuk-table__cell">{node.stage && <strong className={stageTagClass(node.stage)}>{STAGE_LABELS[node.stage]}</strong>}</td>
                  {concernColumn.show && <td className="govuk-table__cell">{concernWithheld ? <Withheld error={concernWithheld} /> : label(CONCERN_LABELS, node.typeOfConcern)}</td>}
                  <td className="govuk-table__cell">{node.leadAgency?.name}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(node.referredAt, true)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Where each page of the caseload started, so "Previous" goes back a page on a forward-only connection. */
function CaseloadPagination({ data, filters, page }: { data: CaseloadQuery; filters: Filters; page: number }) {
  const connection = data.page;
  if (!connection) return null;
  return (
    <CursorPagination
      storageKey="dovetail.caseload.previous"
      label="Pages of cases"
      page={page}
      hasNext={connection.pageInfo.hasNextPage}
      next={connection.pageInfo.endCursor ?? null}
      hrefOf={(after, n) => hrefOf(filters, after, n)}
      previousTitle={() => "Previous"}
      nextTitle="Next"
      noun="page"
      pages={Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE))}
    />
  );
}
