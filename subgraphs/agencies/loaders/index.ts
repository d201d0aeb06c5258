import { uniqueLoader } from "../../kit/loaders";
import type { AgenciesServices } from "../services";

export function createAgenciesLoaders(services: AgenciesServices) {
  return {
    agency: uniqueLoader((ids: readonly string[]) => services.agencies.findByIds(ids), (a) => a.id),
  };
}
export type AgenciesLoaders = ReturnType<typeof createAgenciesLoaders>;
