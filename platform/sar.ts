/**
 * Subject access (UK GDPR Art. 15, DPA 2018 s.45): everything the platform holds on one person,
 * across subgraphs, and every disclosure of it, assembled through the gateway by a data
 * protection officer under the purpose `subject access; person=<id>` (which the sharing policy
 * turns into a relationship to that person's rows only). Fields the law allows withholding are
 * marked as withheld, never silently dropped. The assembly itself is common/subject-access.ts,
 * which the web app's subject access page runs too; here, its reads over HTTP.
 */

import { assembleSubjectAccess as assemble, subjectAccessPurpose, SubjectAccessError, type SubjectAccessAnswer, type SubjectAccessErrorShape, type SubjectAccessReport } from "../common/subject-access";

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

export { WITHHELD_BASIS, markWithheld, subjectAccessPurpose, SubjectAccessError, type SubjectAccessReport, type Withheld } from "../common/subject-access";

type Post = (query: string, variables: Record<string, unknown>) => Promise<SubjectAccessAnswer>;

/** Runs the subject access operations through the gateway with the poster given (headers set by the caller). */
export function assembleSubjectAccess(post: Post, personId: string, now = new Date()): Promise<SubjectAccessReport> {
  return assemble(
    {
      person: (id) => post(SUBJECT_ACCESS_OPERATION, { personId: id }),
      trail: (id, after) => post(SUBJECT_ACCESS_TRAIL_OPERATION, { personId: id, after }),
    },
    personId,
    now,
  );
}

/** A poster over HTTP with a bearer token and the subject access purpose. */
export function gatewayPoster(gatewayUrl: string, token: string, personId: string): Post {
  return async (query, variables) => {
    const res = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": subjectAccessPurpose(personId) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: SubjectAccessErrorShape[] };
    if (res.status !== 200) throw new SubjectAccessError(`The gateway answered ${res.status}: ${body.errors?.[0]?.message ?? "no detail"}`);
    return body;
  };
}
