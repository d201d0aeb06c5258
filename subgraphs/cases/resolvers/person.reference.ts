import type { PersonRef } from "../entities/person.ref";

/** The people subgraph vouches for the id; `cases` batches through `casesBySubject`. */
export function resolvePersonReference(reference: Pick<PersonRef, "id">): PersonRef {
  return { id: reference.id };
}
