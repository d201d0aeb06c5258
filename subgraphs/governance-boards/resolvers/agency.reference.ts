import type { AgencyRef } from "../entities/agency.ref";

/**
 * Agency rows live in the agencies subgraph; here a reference is only its id. Its fields
 * (agency.resolver.ts) batch through loaders, so resolving a reference costs no statement.
 */
export function resolveAgencyReference(reference: Pick<AgencyRef, "id">): AgencyRef {
  return { id: reference.id };
}
