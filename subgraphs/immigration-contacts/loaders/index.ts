import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import type { ImmigrationContactsServices } from "../services";

export function createImmigrationContactsLoaders(services: ImmigrationContactsServices) {
  return {
    contact: uniqueLoader((ids: readonly string[]) => services.contacts.findByIds(ids), (c) => c.id),
    query: uniqueLoader((ids: readonly string[]) => services.queries.findByIds(ids), (q) => q.id),
    queriesByCase: groupedLoader((caseIds: readonly string[]) => services.queries.findByCaseIds(caseIds), (q) => q.caseId),
    statusByPerson: uniqueLoader((personIds: readonly string[]) => services.statuses.findByPersonIds(personIds), (s) => s.personId),
  };
}
export type ImmigrationContactsLoaders = ReturnType<typeof createImmigrationContactsLoaders>;
