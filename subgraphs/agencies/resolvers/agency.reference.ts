import type { Agency } from "../entities/agency.entity";
import type { AgenciesContext } from "../services";

export async function resolveAgencyReference(reference: Pick<Agency, "id">, ctx: AgenciesContext): Promise<Agency | null> {
  return ctx.loaders.agency.load(reference.id);
}
