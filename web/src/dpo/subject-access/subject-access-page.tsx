import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { assembleSubjectAccess, PERSON_ID_PATTERN, SubjectAccessError, subjectAccessPurpose, type SubjectAccessReport } from "../../../../common/subject-access";
import { graphql } from "../../generated";
import { execute } from "../../graphql/client";
import { RequestFailure, type GraphQLErrorShape } from "../../graphql/errors";
import { errorsOf, useQuery } from "../../graphql/hooks";
import { ErrorSummary, TextInput, messageFor, type FieldError } from "../../shell/forms";
import { formatDate, formatDateTime } from "../../shell/labels";
import { Loading, Problem, useTitle } from "../../shell/page";
import { Link, queryString, useNavigate, useSearchParams } from "../../shell/router";
import { rolesText, subgraphLabel } from "../labels";
import { DpoRefusal, refusalAt } from "../refusal";
import "../dpo.scss";

/*
 * The two reads of a subject access request: the same selections as `npm run sar`
 * (platform/sar.ts), so the page assembles, shows and downloads the same report. A unit test
 * keeps the selections identical.
 */
const DpoSubjectAccess = graphql(`
  query DpoSubjectAccess($personId: ID!) {
    person(id: $personId) {
      id
      givenName
      familyName
      dateOfBirth
      gender
      postcode
      town
      immigrationStatus {
        status
        recordedAt
      }
      cases {
        id
        reference
        programme
        stage
        typeOfConcern
        referringSector
        referredAt
        firstPanelAt
        outcome
        closedAt
        version
        consentToSupport
        mentalHealthConcern
        ethnicity
        leadAgency {
          id
          name
        }
        referringAgency {
          id
          name
        }
        panelMembers {
          id
          name
        }
        screening {
          decision
          reason
          decidedAt
          decidedBy {
            id
            name
          }
        }
        vulnerabilityAssessment {
          assessedAt
          assessedBy {
            id
            name
          }
          factors {
            domain
            code
            rating
            note
          }
        }
        ctRiskAssessment {
          level
          summary
          assessedAt
          assessedBy {
            id
            name
          }
        }
        healthInformation {
          summary
          recordedAt
          providedBy {
            id
            name
          }
        }
        ddpConditions {
          conditionType
          mappaLevel
          startsOn
          endsOn
          managingAgency {
            id
            name
          }
        }
        supportPlan {
          agreedAt
          consentGiven
          parentalConsent
          interventions {
            kind
            provider
            commissioningStatus
          }
        }
        reviews {
          id
          kind
          dueOn
          heldOn
          summary
        }
        immigrationQueries {
          id
          question
          status
          answer
          raisedAt
          answeredAt
          raisedByAgency {
            id
            name
          }
          contact {
            id
            name
            region
          }
        }
      }
    }
  }
`);

const DpoSubjectAccessTrail = graphql(`
  query DpoSubjectAccessTrail($personId: ID!, $after: String) {
    disclosures(filter: { subjectId: $personId }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          subgraph
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

/** The subject access requests answered lately: the trail's records made for that purpose. */
const DpoRecentSubjectAccess = graphql(`
  query DpoRecentSubjectAccess {
    disclosures(filter: { purpose: "subject access" }, first: 50) {
      edges {
        node {
          id
          recordedAt
          userId
          purposePerson
        }
      }
    }
  }
`);

type Assembly =
  | { status: "idle" }
  | { status: "assembling"; personId: string }
  | { status: "failed"; personId: string; failure: RequestFailure }
  | { status: "refused"; personId: string; error: GraphQLErrorShape; requestId: string }
  | { status: "done"; personId: string; report: SubjectAccessReport };

/** The reads over the app's one client, each under `subject access; person=<id>`; a refusal of the trail as a whole is the caller's. */
class TrailRefused extends Error {
  constructor(
    readonly error: GraphQLErrorShape,
    readonly requestId: string,
  ) {
    super(error.message);
  }
}

async function assemble(personId: string): Promise<SubjectAccessReport> {
  // The trail first (only a data protection officer reads it): no one else gets as far as asking
  // for the person under the subject access purpose.
  const check = await execute(DpoRecentSubjectAccess, {}, { referenceOnly: true });
  const refusedFirst = refusalAt(check.errors, "disclosures");
  if (refusedFirst) throw new TrailRefused(refusedFirst, check.requestId);
  const options = { purpose: subjectAccessPurpose(personId) };
  return assembleSubjectAccess(
    {
      person: async (id) => {
        const res = await execute(DpoSubjectAccess, { personId: id }, options);
        return { data: res.data as Record<string, unknown> | null, errors: res.errors };
      },
      trail: async (id, after) => {
        const res = await execute(DpoSubjectAccessTrail, { personId: id, after }, options);
        const refused = refusalAt(res.errors, "disclosures");
        if (refused) throw new TrailRefused(refused, res.requestId);
        return { data: res.data as Record<string, unknown> | null, errors: res.errors };
      },
    },
    personId,
  );
}

/**
 * `/dpo/subject-access`: a data protection officer answers a subject access request. Pick a person
 * by id; the page assembles what `npm run sar` assembles (everything held on them across the
 * services, and every disclosure about them), shows it, and offers it as JSON (the same shape as
 * `npm run sar`) and as a printable page. Withheld items say so, with their legal basis.
 */
export function SubjectAccessPage() {
  const params = useSearchParams();
  const personId = params.get("person")?.trim() || null;
  const [assembly, setAssembly] = useState<Assembly>({ status: "idle" });
  useTitle(personId ? `Subject access: ${personId}` : "Subject access", assembly.status === "failed" || assembly.status === "refused");

  useEffect(() => {
    if (!personId || !PERSON_ID_PATTERN.test(personId)) {
      setAssembly({ status: "idle" });
      return;
    }
    let current = true;
    setAssembly({ status: "assembling", personId });
    assemble(personId).then(
      (report) => current && setAssembly({ status: "done", personId, report }),
      (err: unknown) => {
        if (!current) return;
        if (err instanceof TrailRefused) setAssembly({ status: "refused", personId, error: err.error, requestId: err.requestId });
        else if (err instanceof RequestFailure) setAssembly({ status: "failed", personId, failure: err });
        else if (err instanceof SubjectAccessError) setAssembly({ status: "failed", personId, failure: new RequestFailure(err.message, "SUBJECT_ACCESS_FAILED", "none", 200) });
        else setAssembly({ status: "failed", personId, failure: new RequestFailure(err instanceof Error ? err.message : String(err), "CLIENT_ERROR", "none", 0) });
      },
    );
    return () => {
      current = false;
    };
  }, [personId]);

  return (
    <>
      <div className="app-no-print">
        <span className="govuk-caption-l">Data protection</span>
        <h1 className="govuk-heading-l">Subject access</h1>
        <p className="govuk-body">
          Everything the platform holds on one person, across every service, and every record of its disclosure, to answer their request (UK GDPR Article 15; DPA 2018 section 45). The platform is asked under the
          purpose <q>subject access</q> naming that person only, and the request is itself recorded.
        </p>
        <PersonForm key={personId ?? ""} personId={personId} />
      </div>
      {assembly.status === "assembling" && <Loading what={`everything held on ${assembly.personId}`} />}
      {assembly.status === "failed" && <Problem failure={assembly.failure} />}
      {assembly.status === "refused" && <DpoRefusal what="subject access requests" error={assembly.error} requestId={assembly.requestId} />}
      {assembly.status === "done" && <Report report={assembly.report} />}
      {assembly.status === "idle" && <RecentRequests />}
    </>
  );
}

function PersonForm({ personId }: { personId: string | null }) {
  const navigate = useNavigate();
  const [value, setValue] = useState(personId ?? "");
  const [errors, setErrors] = useState<FieldError[]>(() =>
    personId && !PERSON_ID_PATTERN.test(personId) ? [{ field: "person", message: "Enter the person's id as the platform gives it: letters, digits and hyphens" }] : [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = value.trim();
    const problems: FieldError[] = [];
    if (!id) problems.push({ field: "person", message: "Enter the id of the person who made the request" });
    else if (!PERSON_ID_PATTERN.test(id)) problems.push({ field: "person", message: "Enter the person's id as the platform gives it: letters, digits and hyphens" });
    setErrors(problems);
    if (problems.length === 0) navigate(`/dpo/subject-access${queryString({ person: id })}`);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Find a person">
      <ErrorSummary errors={errors} />
      <TextInput name="person" label="Person id" hint="The id the platform gives the person who made the request, for example 007b2d03-e379-4d6e-ad25-9bee9e0cf1f1" value={value} onChange={setValue} width={20} spellCheck={false} error={messageFor(errors, "person")} />
      <button type="submit" className="govuk-button" data-testid="assemble">
        Assemble
      </button>
    </form>
  );
}

function RecentRequests() {
  const query = useQuery(DpoRecentSubjectAccess, {}, { referenceOnly: true });
  const state = query.state;
  const errors = errorsOf(state);
  const refused = refusalAt(errors, "disclosures");
  if (state.status === "loading") return <Loading what="recent subject access requests" />;
  if (state.status === "failed") return <Problem failure={state.failure} retry={() => void query.refetch()} />;
  if (state.status !== "done") return null;
  if (refused) return <DpoRefusal what="subject access requests" error={refused} requestId={state.requestId} />;
  // One row per person, the latest request first.
  const seen = new Map<string, { at: string; by: string }>();
  for (const e of state.data?.disclosures?.edges ?? []) {
    const person = e.node.purposePerson;
    if (person && !seen.has(person)) seen.set(person, { at: e.node.recordedAt, by: e.node.userId });
  }
  return (
    <section aria-labelledby="recent-heading" data-testid="recent-requests">
      <h2 className="govuk-heading-m" id="recent-heading">
        Requests answered lately
      </h2>
      {seen.size === 0 ? (
        <p className="govuk-body">No subject access request has been answered recently.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">People whose data was assembled for a subject access request, latest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Person
              </th>
              <th scope="col" className="govuk-table__header">
                Assembled
              </th>
              <th scope="col" className="govuk-table__header">
                By
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {[...seen].map(([person, { at, by }]) => (
              <tr className="govuk-table__row" key={person}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/dpo/subject-access${queryString({ person })}`}>
                    {person}
                  </Link>
                </td>
                <td className="govuk-table__cell">{formatDateTime(at)}</td>
                <td className="govuk-table__cell">{by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The report as `npm run sar` writes it: two-space JSON and a final newline. */
export const reportJson = (report: SubjectAccessReport): string => `${JSON.stringify(report, null, 2)}\n`;

function Report({ report }: { report: SubjectAccessReport }) {
  const { personId, generatedAt, purpose } = report.subjectAccessRequest;
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([reportJson(report)], { type: "application/json" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [report]);
  const person = report.person;
  return (
    <article className="app-sar" data-testid="sar-report" aria-labelledby="sar-heading">
      <h2 className="govuk-heading-l" id="sar-heading">
        Subject access request: {personId}
      </h2>
      <p className="govuk-body">
        Assembled {formatDateTime(generatedAt)} under the purpose <q>{purpose}</q>.
      </p>
      <div className="govuk-button-group app-no-print">
        {href && (
          <a className="govuk-button" href={href} download={`subject-access-${personId}.json`} data-testid="download-sar">
            Download as JSON
          </a>
        )}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()} data-testid="print-sar">
          Print
        </button>
      </div>
      {person === null ? (
        <div className="govuk-inset-text" data-testid="sar-nothing-held">
          The platform holds nothing on {personId}: no person with this id, or none this request may reach.
        </div>
      ) : (
        <>
          <h3 className="govuk-heading-m">Withheld</h3>
          {report.withheld.length === 0 ? (
            <p className="govuk-body">Nothing was withheld.</p>
          ) : (
            <table className="govuk-table" data-testid="sar-withheld">
              <caption className="govuk-visually-hidden">Items withheld, with their legal basis</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Item
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Category
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Legal basis
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {report.withheld.map((w) => (
                  <tr className="govuk-table__row" key={w.path}>
                    <td className="govuk-table__cell">{pathLabel(w.path)}</td>
                    <td className="govuk-table__cell">{w.category}</td>
                    <td className="govuk-table__cell">{w.basis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3 className="govuk-heading-m">What is held</h3>
          <Value value={person} depth={0} />
        </>
      )}
      <h3 className="govuk-heading-m app-page-break">Disclosures ({report.disclosures.length})</h3>
      {report.disclosures.length === 0 ? (
        <p className="govuk-body">No disclosure of this person's data is recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact" data-testid="sar-disclosures">
          <caption className="govuk-visually-hidden">Every recorded disclosure of this person's data, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                Why
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.disclosures.map((d) => {
              const r = d as unknown as SarDisclosure;
              return (
                <tr className="govuk-table__row" key={r.id} data-request-id={r.requestId}>
                  <td className="govuk-table__cell">{formatDateTime(r.recordedAt)}</td>
                  <td className="govuk-table__cell">
                    {r.userId}, {r.agency?.name ?? r.agency?.id} ({rolesText(r.roles ?? [])})
                  </td>
                  <td className="govuk-table__cell">
                    {r.purpose ?? "None stated"}
                    {r.purposeCase ? `, case ${r.purposeCase}` : ""}
                  </td>
                  <td className="govuk-table__cell">
                    {subgraphLabel(r.subgraph)}: {[...new Set((r.entries ?? []).flatMap((e) => e.fields))].join(", ")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}

interface SarDisclosure {
  id: string;
  subgraph: string;
  recordedAt: string;
  requestId: string;
  userId: string;
  agency: { id: string; name: string | null } | null;
  roles: string[] | null;
  purpose: string | null;
  purposeCase: string | null;
  entries: { fields: string[] }[] | null;
}

/** `cases.0.ctRiskAssessment` → "Case 1, CT risk assessment". */
function pathLabel(path: string): string {
  return path
    .split(".")
    .filter((p) => p !== "person")
    .map((p, i, all) => (/^\d+$/.test(p) ? `${(all[i - 1] ?? "item").replace(/s$/, "")} ${Number(p) + 1}` : /^\d+$/.test(all[i + 1] ?? "") ? "" : humanise(p)))
    .filter(Boolean)
    .join(", ")
    .replace(/^./, (c) => c.toUpperCase());
}

const WORDS: Record<string, string> = { ctRiskAssessment: "CT risk assessment", ddpConditions: "DDP conditions", dateOfBirth: "Date of birth", id: "Id" };

function humanise(key: string): string {
  if (WORDS[key]) return WORDS[key]!;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isWithheld = (value: unknown): value is { withheld: true; category: string; basis: string } =>
  typeof value === "object" && value !== null && (value as { withheld?: unknown }).withheld === true;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENUM = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{2,}$/;
/** Codes that are acronyms, shown as they are. */
const ACRONYMS = new Set(["DDP", "TPIM", "TEO", "CHANNEL_DDP"]);

/** What is held, as it is held: nested summary lists, every field named, withheld ones with their basis. */
function Value({ value, depth }: { value: unknown; depth: number }): ReactNode {
  if (value === null || value === undefined) return <span className="app-secondary-text">Not recorded</span>;
  if (isWithheld(value)) {
    return (
      <span data-withheld={value.category}>
        <strong className="govuk-tag govuk-tag--grey">Withheld</strong> {value.basis}
      </span>
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="app-secondary-text">None</span>;
    if (value.every((v) => typeof v !== "object" || v === null)) return <>{value.map(String).join(", ")}</>;
    return (
      <ol className="govuk-list app-sar-list">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const title = (value as { reference?: unknown }).reference;
    const list = (
      <dl className={`govuk-summary-list${depth > 0 ? " govuk-summary-list--no-border app-sar-nested" : ""}`}>
        {entries.map(([k, v]) => (
          <div className="govuk-summary-list__row" key={k}>
            <dt className="govuk-summary-list__key">{humanise(k)}</dt>
            <dd className="govuk-summary-list__value">
              <Value value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
    if (depth === 2 && typeof title === "string") {
      return (
        <div className="govuk-summary-card" data-testid="sar-case">
          <div className="govuk-summary-card__title-wrapper">
            <h4 className="govuk-summary-card__title">Case {title}</h4>
          </div>
          <div className="govuk-summary-card__content">{list}</div>
        </div>
      );
    }
    return list;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" && ISO_DATE.test(value)) return formatDate(value);
  if (typeof value === "string" && ISO_INSTANT.test(value)) return formatDateTime(value);
  // The platform's codes (NOT_KNOWN, EXTREME_RIGHT_WING) as words; the JSON keeps the codes.
  if (typeof value === "string" && ENUM.test(value) && !ACRONYMS.has(value)) return <span title={value}>{value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ")}</span>;
  return String(value);
}
