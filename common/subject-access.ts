/**
 * Subject access (UK GDPR Art. 15, DPA 2018 s.45), the assembly itself: everything the platform
 * holds on one person and every disclosure of it, as one report. Pure: it runs the two reads it
 * is given (the person across subgraphs; the disclosure trail about them, page by page), so
 * `npm run sar` (platform/sar.ts, over HTTP) and the web app's subject access page (its typed
 * documents) assemble the same report. Fields the law allows withholding are marked as withheld,
 * with their legal basis, never silently dropped.
 */

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

interface TrailConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** Runs the reads and assembles the report. */
export async function assembleSubjectAccess(reads: SubjectAccessReads, personId: string, now = new Date()): Promise<SubjectAccessReport> {
  const res = await reads.person(personId);
  // A copy: the withheld markers are written into it.
  const data = JSON.parse(JSON.stringify(res.data ?? {})) as Record<string, unknown>;
  const withheld = markWithheld(data, res.errors ?? []);
  const disclosures: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1_000; page++) {
    const trail = await reads.trail(personId, after);
    const problem = trail.errors?.[0];
    if (problem) throw new SubjectAccessError(`The disclosure trail could not be read: ${problem.message}`);
    const connection = (trail.data?.disclosures ?? null) as TrailConnection | null;
    if (!connection) break;
    disclosures.push(...connection.edges.map((e) => e.node));
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
