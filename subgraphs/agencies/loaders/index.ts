import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import type { AgenciesServices } from "../services";

export function createAgenciesLoaders(services: AgenciesServices) {
  return {
    agency: uniqueLoader((ids: readonly string[]) => services.agencies.findByIds(ids), (a) => a.id),
    agreement: uniqueLoader((ids: readonly string[]) => services.agreements.findByIds(ids), (a) => a.id),
    partiesByAgreement: groupedLoader((ids: readonly string[]) => services.agreements.partiesOf(ids), (p) => p.agreementId),
  };
}
export type AgenciesLoaders = ReturnType<typeof createAgenciesLoaders>;
