import type { AgencyRef } from "../entities/agency.ref";

/** The agencies subgraph vouches for the id; `cases` batches through `casesLedByAgency`. */
export function resolveAgencyReference(reference: Pick<AgencyRef, "id">): AgencyRef {
  return { id: reference.id };
}
