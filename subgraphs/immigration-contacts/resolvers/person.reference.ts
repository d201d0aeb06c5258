import type { PersonRef } from "../entities/person.ref";

/** The people subgraph vouches for the id; the contributed field batches through `statusByPerson`. */
export function resolvePersonReference(reference: Pick<PersonRef, "id">): PersonRef {
  return { id: reference.id };
}
