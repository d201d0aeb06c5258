/**
 * Subject access (UK GDPR Art. 15, DPA 2018 s.45): everything the platform holds on one person,
 * across subgraphs, and every disclosure of it, assembled through the gateway by a data
 * protection officer under the purpose `subject access; person=<id>` (which the sharing policy
 * turns into a relationship to that person's rows only). Fields the law allows withholding are
 * marked as withheld, never silently dropped. The assembly itself is common/subject-access.ts,
 * which the web app's subject access page runs too; here, its reads over HTTP.
 */

import { assembleSubjectAccess as assemble, SUBJECT_ACCESS_OPERATION, SUBJECT_ACCESS_TRAIL_OPERATION, subjectAccessPurpose, SubjectAccessError, type SubjectAccessAnswer, type SubjectAccessErrorShape, type SubjectAccessReport } from "../common/subject-access";

export { SUBJECT_ACCESS_OPERATION, SUBJECT_ACCESS_TRAIL_OPERATION, WITHHELD_BASIS, markWithheld, subjectAccessPurpose, SubjectAccessError, type SubjectAccessReport, type Withheld } from "../common/subject-access";

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
