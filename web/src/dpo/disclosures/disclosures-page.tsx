import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../generated";
import type { DisclosureFilter, DpoDisclosuresQuery } from "../../generated/graphql";
import { errorsOf, useQuery } from "../../graphql/hooks";
import { PURPOSES } from "../../purpose/store";
import { DateInput, ErrorSummary, Select, TextInput, datePartsOf, isBlankDate, isoDate, messageFor, type DateParts, type FieldError } from "../../shell/forms";
import { formatDate, formatDateTime } from "../../shell/labels";
import { Loading, Problem, useTitle } from "../../shell/page";
import { CursorPagination, SelectedFilters, type FilterTag } from "../../shell/filters";
import { queryString, useNavigate, useSearchParams } from "../../shell/router";
import { ACTION_LABELS, ACTION_TAGS, rolesText, subgraphLabel } from "../labels";
import { DpoRefusal, refusalAt } from "../refusal";
import "../dpo.scss";

const PAGE_SIZE = 20;

const DpoAgencies = graphql(`
  query DpoAgencies {
    agencies {
      id
      name
    }
  }
`);

const DpoDisclosures = graphql(`
  query DpoDisclosures($filter: DisclosureFilter, $first: Int!, $after: String) {
    disclosures(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          subgraph
          seq
          action
          recordedAt
          requestId
          operationName
          userId
          agency {
            id
            name
          }
          roles
          purpose
          purposeCase
          purposePerson
          entries {
            entityType
            entityId
            subjectId
            fields
          }
        }
      }
    }
  }
`);

type TrailRecord = NonNullable<DpoDisclosuresQuery["disclosures"]>["edges"][number]["node"];

/** The trail's filters, as the URL carries them (a search can be bookmarked and shared). */
interface Filters {
  subject: string | null;
  agency: string | null;
  user: string | null;
  purpose: string | null;
  from: string | null;
  to: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function filtersOf(params: URLSearchParams): Filters {
  const text = (name: string) => params.get(name)?.trim() || null;
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : null;
  };
  const purpose = text("purpose");
  return {
    subject: text("subject"),
    agency: text("agency"),
    user: text("user"),
    purpose: purpose && (PURPOSES as readonly string[]).includes(purpose) ? purpose : null,
    from: date("from"),
    to: date("to"),
  };
}

const hrefOf = (filters: Filters, after?: string | null, page?: number) =>
  `/dpo/disclosures${queryString({ ...filters, after, page: page && page > 1 ? page : null })}`;

/** The day after a date, for "up to and including". */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

function apiFilter(filters: Filters): DisclosureFilter {
  return {
    subjectId: filters.subject,
    agencyId: filters.agency,
    userId: filters.user,
    purpose: filters.purpose,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : null,
    to: filters.to ? nextDay(filters.to) : null,
  };
}

/**
 * `/dpo/disclosures`: who saw whose data, when and why. The disclosure records of every subgraph,
 * merged newest first by the platform, searched by subject, agency, user, purpose and dates, a
 * page at a time. The trail holds no personal data beyond ids, so no purpose is asked first; the
 * platform answers a data protection officer only, and anyone else sees its refusal.
 */
export function DisclosuresPage() {
  const params = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const after = params.get("after");
  const pageNumber = Math.max(1, Number(params.get("page") ?? "1") || 1);
  const query = useQuery(DpoDisclosures, { filter: apiFilter(filters), first: PAGE_SIZE, after }, { referenceOnly: true });
  const agencies = useQuery(DpoAgencies, {}, { referenceOnly: true });
  const state = query.state;
  const errors = errorsOf(state);
  useTitle("Disclosure trail", state.status === "failed" || errors.length > 0);
  const data = state.status === "done" ? state.data : state.status === "loading" ? (state.previous?.data ?? null) : null;
  const agencyList = agencies.state.status === "done" ? (agencies.state.data?.agencies ?? []) : [];
  const agencyName = (id: string) => agencyList.find((a) => a.id === id)?.name ?? id;
  const refused = refusalAt(errors, "disclosures");

  return (
    <>
      <span className="govuk-caption-l">Data protection</span>
      <h1 className="govuk-heading-l">Disclosure trail</h1>
      <p className="govuk-body">
        Who saw whose data, when and why: every record the platform's services keep of what they disclosed, collected, altered or erased, newest first. Each record names the user, their agency and roles,
        the purpose they stated, the operation, the request and the fields.
      </p>
      {state.status === "failed" && <Problem failure={state.failure} retry={() => void query.refetch()} />}
      {refused ? (
        <DpoRefusal what="the disclosure trail" error={refused} requestId={state.status === "done" ? state.requestId : null} />
      ) : (
        <div className="moj-filter-layout">
          <div className="moj-filter-layout__filter">
            <TrailFilter key={params.toString()} filters={filters} agencies={agencyList} />
          </div>
          <div className="moj-filter-layout__content">
            <TrailSelectedFilters filters={filters} agencyName={agencyName} />
            {state.status === "loading" && <Loading what="the disclosure trail" />}
            {data?.disclosures && <Records records={data.disclosures.edges.map((e) => e.node)} filtered={Object.values(filters).some(Boolean)} page={pageNumber} />}
            {data?.disclosures && <TrailPagination filters={filters} page={pageNumber} hasNext={data.disclosures.pageInfo.hasNextPage} next={data.disclosures.pageInfo.endCursor} />}
          </div>
        </div>
      )}
    </>
  );
}

interface FilterForm {
  subject: string;
  agency: string;
  user: string;
  purpose: string;
  from: DateParts;
  to: DateParts;
}

function TrailFilter({ filters, agencies }: { filters: Filters; agencies: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<FilterForm>(() => ({
    subject: filters.subject ?? "",
    agency: filters.agency ?? "",
    user: filters.user ?? "",
    purpose: filters.purpose ?? "",
    from: datePartsOf(filters.from),
    to: datePartsOf(filters.to),
  }));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const from = isBlankDate(form.from) ? null : isoDate(form.from);
    const to = isBlankDate(form.to) ? null : isoDate(form.to);
    if (!isBlankDate(form.from) && !from) problems.push({ field: "from", message: "From must be a real date, like 27 3 2024" });
    if (!isBlankDate(form.to) && !to) problems.push({ field: "to", message: "To must be a real date, like 28 3 2024" });
    if (from && to && to < from) problems.push({ field: "to", message: "To must be the same as or after from" });
    setErrors(problems);
    if (problems.length > 0) return;
    navigate(hrefOf({ subject: form.subject.trim() || null, agency: form.agency || null, user: form.user.trim() || null, purpose: form.purpose || null, from, to }));
  };
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Search</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" onSubmit={apply} noValidate aria-label="Search the disclosure trail">
          <ErrorSummary errors={errors} />
          <TextInput name="subject" label="Subject (person id)" hint="The id the platform gives the person the data is about" value={form.subject} onChange={(subject) => setForm({ ...form, subject })} spellCheck={false} />
          <Select name="agency" label="Agency" value={form.agency} onChange={(agency) => setForm({ ...form, agency })} blank="Any agency" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          <TextInput name="user" label="User" hint="Their sign-in id, for example kirklees-channel-chair" value={form.user} onChange={(user) => setForm({ ...form, user })} spellCheck={false} />
          <Select
            name="purpose"
            label="Purpose"
            value={form.purpose}
            onChange={(purpose) => setForm({ ...form, purpose })}
            blank="Any purpose"
            options={PURPOSES.map((p) => ({ value: p, label: p.charAt(0).toUpperCase() + p.slice(1) }))}
          />
          <DateInput name="from" legend="From" hint="On or after this day (UTC)" value={form.from} onChange={(from) => setForm({ ...form, from })} error={messageFor(errors, "from")} />
          <DateInput name="to" legend="To" hint="Up to and including this day" value={form.to} onChange={(to) => setForm({ ...form, to })} error={messageFor(errors, "to")} />
          <button type="submit" className="govuk-button" data-testid="search-trail">
            Search
          </button>
        </form>
      </div>
    </div>
  );
}

function TrailSelectedFilters({ filters, agencyName }: { filters: Filters; agencyName: (id: string) => string }) {
  const tags: FilterTag[] = [];
  if (filters.subject) tags.push({ text: `Subject: ${filters.subject}`, href: hrefOf({ ...filters, subject: null }) });
  if (filters.agency) tags.push({ text: `Agency: ${agencyName(filters.agency)}`, href: hrefOf({ ...filters, agency: null }) });
  if (filters.user) tags.push({ text: `User: ${filters.user}`, href: hrefOf({ ...filters, user: null }) });
  if (filters.purpose) tags.push({ text: `Purpose: ${filters.purpose}`, href: hrefOf({ ...filters, purpose: null }) });
  if (filters.from) tags.push({ text: `From ${formatDate(filters.from)}`, href: hrefOf({ ...filters, from: null }) });
  if (filters.to) tags.push({ text: `To ${formatDate(filters.to)}`, href: hrefOf({ ...filters, to: null }) });
  return <SelectedFilters heading="Searching for" tags={tags} clear={{ text: "Clear search", href: "/dpo/disclosures" }} />;
}

function Records({ records, filtered, page }: { records: readonly TrailRecord[]; filtered: boolean; page: number }) {
  if (records.length === 0) {
    return (
      <div data-testid="trail-empty">
        <h2 className="govuk-heading-m">{filtered ? "No records match this search" : "No records yet"}</h2>
        <p className="govuk-body">{filtered ? "Change or clear the search to see more." : "Records appear here as soon as the platform discloses personal data."}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="records-heading">
      <h2 className="govuk-heading-m" id="records-heading">
        Records, newest first{page > 1 ? ` (page ${page})` : ""}
      </h2>
      <ol className="govuk-list app-trail" data-testid="trail">
        {records.map((r) => (
          <li key={r.id}>
            <DisclosureCard record={r} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DisclosureCard({ record }: { record: TrailRecord }) {
  const purpose = record.purpose ? record.purpose.charAt(0).toUpperCase() + record.purpose.slice(1) : "None stated";
  const about = [record.purposeCase ? `case ${record.purposeCase}` : null, record.purposePerson ? `person ${record.purposePerson}` : null].filter(Boolean).join(", ");
  const titleId = `record-${record.subgraph}-${record.seq}`;
  return (
    <div className="govuk-summary-card" data-testid="disclosure" data-record-id={record.id} data-request-id={record.requestId} data-subgraph={record.subgraph}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={titleId}>
          <time dateTime={record.recordedAt}>{formatDateTime(record.recordedAt)}</time>: {subgraphLabel(record.subgraph)}, record {record.seq}
        </h3>
        <strong className={`govuk-tag ${ACTION_TAGS[record.action] ?? "govuk-tag--grey"}`}>{ACTION_LABELS[record.action] ?? record.action}</strong>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <Row name="Who">
            <span data-testid="record-user">{record.userId}</span>
          </Row>
          <Row name="Agency">{record.agency.name ?? record.agency.id}</Row>
          <Row name="Roles">{rolesText(record.roles)}</Row>
          <Row name="Purpose">
            {purpose}
            {about ? ` (${about})` : ""}
          </Row>
          <Row name="Operation">{record.operationName ?? "Not named"}</Row>
          <Row name="Request id">
            <code className="app-request-id" data-testid="record-request-id">
              {record.requestId}
            </code>
          </Row>
          <Row name="Fields">
            <ul className="govuk-list govuk-!-margin-bottom-0" data-testid="record-entries">
              {record.entries.map((e) => (
                <li key={`${e.entityType}:${e.entityId}`}>
                  <span className="govuk-!-font-weight-bold">
                    {e.entityType} {e.entityId}
                  </span>
                  {e.subjectId && e.subjectId !== e.entityId ? ` (about ${e.subjectId})` : ""}: {e.fields.map((f) => f.replace(/^[A-Za-z]+\./, "")).join(", ")}
                </li>
              ))}
            </ul>
          </Row>
        </dl>
      </div>
    </div>
  );
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function TrailPagination({ filters, page, hasNext, next }: { filters: Filters; page: number; hasNext: boolean; next: string | null }) {
  return (
    <CursorPagination
      storageKey="dovetail.trail.cursors"
      label="Pages of records"
      page={page}
      hasNext={hasNext}
      next={next}
      hrefOf={(after, n) => hrefOf(filters, after, n)}
      previousTitle={(toFirst) => (toFirst ? "Newest" : "Newer")}
      nextTitle="Older"
      noun="records"
      nextTestId="older-records"
    />
  );
}
