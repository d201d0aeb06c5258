import type { CaseRef } from "../entities/case.ref";

/** The cases subgraph vouches for the id; the contributed field batches through `queriesByCase`. */
export function resolveCaseReference(reference: Pick<CaseRef, "id">): CaseRef {
  return { id: reference.id };
}
