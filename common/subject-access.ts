/**
 * Subject access (UK GDPR Art. 15, DPA 2018 s.45), the assembly itself: everything the platform
 * holds on one person and every disclosure of it, as one report. Pure: it runs the two reads it
 * is given (the person across subgraphs; the disclosure trail about them, page by page), so
 * `npm run sar` (platform/sar.ts, over HTTP) and the web app's subject access page (its typed
 * documents) assemble the same report. Fields the law allows withholding are marked as withheld,
 * with their legal basis, never silently dropped.
 */

/**
 * What a subject access request reads. `npm run sar` sends these; the web app sends typed
 * documents with the same selections (a test keeps them identical). The report lists fields in
 * these selections' order, whichever client read them (a persisted document may order them
 * otherwise), so both write the same JSON.
 */
export const SUBJECT_ACCESS_OPERATION = /* GraphQL */ `
  query SubjectAccess($personId: ID!) {
    person(id: $personId) {
      id givenName familyName dateOfBirth gender postcode town
      immigrationStatus { status recordedAt }
      cases {
        id reference programme stage typeOfConcern referringSector referredAt firstPanelAt outcome closedAt version consentToSupport mentalHealthConcern ethnicity
        leadAgency { id name } referringAgency { id name } panelMembers { id name }
        screening { decision reason decidedAt decidedBy { id name } }
        vulnerabilityAssessment { assessedAt assessedBy { id name } factors { domain code rating note } }
        ctRiskAssessment { level summary assessedAt assessedBy { id name } }
        healthInformation { summary recordedAt providedBy { id name } }
        ddpConditions { conditionType mappaLevel startsOn endsOn managingAgency { id name } }
        supportPlan { agreedAt consentGiven parentalConsent interventions { kind provider commissioningStatus } }
        reviews { id kind dueOn heldOn summary }
        immigrationQueries { id question status answer raisedAt answeredAt raisedByAgency { id name } contact { id name region } }
      }
    }
  }
`;

export const SUBJECT_ACCESS_TRAIL_OPERATION = /* GraphQL */ `
  query SubjectAccessTrail($personId: ID!, $after: String) {
    disclosures(filter: { subjectId: $personId }, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id subgraph action recordedAt requestId operationName userId agency { id name } roles purpose purposeCase
          entries { entityType entityId subjectId fields }
        }
      }
    }
  }
`;

/** The legal basis printed for each kind of withheld data. */
export const WITHHELD_BASIS: Readonly<Record<string, string>> = {
  "restricted.ctRisk":
    "Withheld: counter-terrorism policing's risk assessment is exempt from subject access where disclosure would prejudice national security or the prevention of crime (DPA 2018 ss.26, 45(4), Sch. 2 para. 2).",
};
export const DEFAULT_WITHHELD_BASIS = "Withheld: not within the subject access grant of the sharing policy; refer to the data protection officer.";

export interface Withheld {
  path: string;
  category: string;
  basis: string;
}

export interface SubjectAccessReport {
  subjectAccessRequest: { personId: string; generatedAt: string; purpose: string };
  person: Record<string, unknown> | null;
  withheld: Withheld[];
  disclosures: Record<string, unknown>[];
}

export interface SubjectAccessErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

/** What one read answered: its data (refused fields null) and its errors. */
export interface SubjectAccessAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly SubjectAccessErrorShape[];
}

/** The two reads a subject access request makes, however they are sent. */
export interface SubjectAccessReads {
  /** Everything held on the person (the `SubjectAccess` selection). */
  person(personId: string): Promise<SubjectAccessAnswer>;
  /** One page of the disclosures about them (`disclosures(filter: { subjectId }, first: 100, after)`). */
  trail(personId: string, after: string | null): Promise<SubjectAccessAnswer>;
}

export class SubjectAccessError extends Error {}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") return;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** Replaces each refused field with a marker saying what was withheld and why. */
export function markWithheld(data: Record<string, unknown>, errors: readonly SubjectAccessErrorShape[]): Withheld[] {
  const withheld: Withheld[] = [];
  for (const error of errors) {
    if (error.extensions?.code !== "FORBIDDEN" || !error.path) throw new SubjectAccessError(`The subject access request failed: ${error.message}`);
    const category = /\((\S+) data\)/.exec(error.message)?.[1] ?? "unknown";
    const basis = WITHHELD_BASIS[category] ?? DEFAULT_WITHHELD_BASIS;
    setAt(data, error.path, { withheld: true, category, basis });
    withheld.push({ path: error.path.join("."), category, basis });
  }
  return withheld;
}

/** The `x-purpose` of a subject access request: the policy relates the officer to this person's rows only. */
export function subjectAccessPurpose(personId: string): string {
  return `subject access; person=${personId}`;
}

/** Ids the platform gives people (the purpose header accepts no other). */
export const PERSON_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** A selection's fields in order, each with its own (`{ a b { c } }` → a, b → c). */
type SelectionOrder = Map<string, SelectionOrder>;

/** The field order of an operation's selections; arguments are skipped (no fragments or aliases here). */
export function selectionOrder(operation: string): SelectionOrder {
  const body = operation.slice(operation.indexOf("{")).replace(/\([^()]*\)/g, " ");
  const root: SelectionOrder = new Map();
  const stack: SelectionOrder[] = [root];
  let last: string | null = null;
  for (const token of body.match(/[{}]|[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const current = stack[stack.length - 1]!;
    if (token === "{") {
      if (last !== null) stack.push(current.get(last)!);
      last = null;
    } else if (token === "}") {
      stack.pop();
      last = null;
    } else {
      if (!current.has(token)) current.set(token, new Map());
      last = token;
    }
  }
  return root;
}

/** The value with every object's keys in the selection's order (keys it does not name, e.g. a withheld marker's, after). */
export function inSelectionOrder(value: unknown, order: SelectionOrder): unknown {
  if (Array.isArray(value)) return value.map((v) => inSelectionOrder(v, order));
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, children] of order) if (key in object) out[key] = inSelectionOrder(object[key], children);
  for (const key of Object.keys(object)) if (!order.has(key)) out[key] = object[key];
  return out;
}

const PERSON_ORDER = selectionOrder(SUBJECT_ACCESS_OPERATION);
const DISCLOSURE_ORDER = selectionOrder(SUBJECT_ACCESS_TRAIL_OPERATION).get("disclosures")?.get("edges")?.get("node") ?? new Map();

interface TrailConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** Runs the reads and assembles the report. */
export async function assembleSubjectAccess(reads: SubjectAccessReads, personId: string, now = new Date()): Promise<SubjectAccessReport> {
  const res = await reads.person(personId);
  // A copy in the selection's order: the withheld markers are written into it.
  const data = inSelectionOrder(res.data ?? {}, PERSON_ORDER) as Record<string, unknown>;
  const withheld = markWithheld(data, res.errors ?? []);
  const disclosures: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1_000; page++) {
    const trail = await reads.trail(personId, after);
    const problem = trail.errors?.[0];
    if (problem) throw new SubjectAccessError(`The disclosure trail could not be read: ${problem.message}`);
    const connection = (trail.data?.disclosures ?? null) as TrailConnection | null;
    if (!connection) break;
    disclosures.push(...connection.edges.map((e) => inSelectionOrder(e.node, DISCLOSURE_ORDER) as Record<string, unknown>));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return {
    subjectAccessRequest: { personId, generatedAt: now.toISOString(), purpose: subjectAccessPurpose(personId) },
    person: (data.person as Record<string, unknown> | null | undefined) ?? null,
    withheld,
    disclosures,
  };
}
