/**
 * Subject access (UK GDPR Art. 15, DPA 2018 s.45): everything the platform holds on one person,
 * across subgraphs, and every disclosure of it, assembled through the gateway by a data
 * protection officer under the purpose `subject access; person=<id>` (which the sharing policy
 * turns into a relationship to that person's rows only). Fields the law allows withholding are
 * marked as withheld, never silently dropped.
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
const DEFAULT_BASIS = "Withheld: not within the subject access grant of the sharing policy; refer to the data protection officer.";

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

interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export class SubjectAccessError extends Error {}

type Post = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] }>;

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") return;
    node = next as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** Replaces each refused field with a marker saying what was withheld and why. */
export function markWithheld(data: Record<string, unknown>, errors: readonly GraphQLErrorShape[]): Withheld[] {
  const withheld: Withheld[] = [];
  for (const error of errors) {
    if (error.extensions?.code !== "FORBIDDEN" || !error.path) throw new SubjectAccessError(`The subject access request failed: ${error.message}`);
    const category = /\((\S+) data\)/.exec(error.message)?.[1] ?? "unknown";
    const basis = WITHHELD_BASIS[category] ?? DEFAULT_BASIS;
    setAt(data, error.path, { withheld: true, category, basis });
    withheld.push({ path: error.path.join("."), category, basis });
  }
  return withheld;
}

export function subjectAccessPurpose(personId: string): string {
  return `subject access; person=${personId}`;
}

/** Runs the subject access operations through the gateway with the poster given (headers set by the caller). */
export async function assembleSubjectAccess(post: Post, personId: string, now = new Date()): Promise<SubjectAccessReport> {
  const res = await post(SUBJECT_ACCESS_OPERATION, { personId });
  const data = (res.data ?? {}) as Record<string, unknown>;
  const withheld = markWithheld(data, res.errors ?? []);
  const disclosures: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1_000; page++) {
    const trail = await post(SUBJECT_ACCESS_TRAIL_OPERATION, { personId, after });
    if (trail.errors?.length) throw new SubjectAccessError(`The disclosure trail could not be read: ${trail.errors[0]!.message}`);
    const connection = (trail.data?.disclosures ?? null) as { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, unknown> }[] } | null;
    if (!connection) break;
    disclosures.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return {
    subjectAccessRequest: { personId, generatedAt: now.toISOString(), purpose: subjectAccessPurpose(personId) },
    person: (data.person as Record<string, unknown> | null) ?? null,
    withheld,
    disclosures,
  };
}

/** A poster over HTTP with a bearer token and the subject access purpose. */
export function gatewayPoster(gatewayUrl: string, token: string, personId: string): Post {
  return async (query, variables) => {
    const res = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": subjectAccessPurpose(personId) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
    if (res.status !== 200) throw new SubjectAccessError(`The gateway answered ${res.status}: ${body.errors?.[0]?.message ?? "no detail"}`);
    return body;
  };
}
