import { unionOfRelationships, type RowRelationships } from "../../../common/policy/access";
import type { RequestScope } from "../../kit/context.type";
import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import { relationshipsToQuery } from "../services/query-access.service";
import type { ImmigrationContactsServices } from "../services";

export function createImmigrationContactsLoaders(services: ImmigrationContactsServices, scope: RequestScope) {
  const { access } = scope;
  return {
    contact: uniqueLoader((ids: readonly string[]) => services.contacts.findByIds(ids), (c) => c.id),
    // Questions apply need-to-know in SQL: another's question is as absent as a missing one.
    query: uniqueLoader((ids: readonly string[]) => services.queries.findByIds(ids, access), (q) => q.id),
    queriesByCase: groupedLoader((caseIds: readonly string[]) => services.queries.findByCaseIds(caseIds, access), (q) => q.caseId),
    statusByPerson: uniqueLoader((personIds: readonly string[]) => services.statuses.findByPersonIds(personIds), (s) => s.personId),
    /** The caller's relationships to each person, through the questions about them. */
    personRelationships: groupedLoader(
      async (subjectIds: readonly string[]) =>
        (await services.queryAccess.factsOfSubjects(subjectIds)).map((facts) => ({ subjectId: facts.subjectId, rels: relationshipsToQuery(facts, access) })),
      (r) => r.subjectId,
    ),
  };
}
export type ImmigrationContactsLoaders = ReturnType<typeof createImmigrationContactsLoaders>;

export async function relationshipsOfPerson(loaders: ImmigrationContactsLoaders, personId: string): Promise<RowRelationships> {
  return unionOfRelationships(
    (await loaders.personRelationships.load(personId)).map((r) => r.rels),
    { type: "Person", id: personId, subjectId: personId },
  );
}
