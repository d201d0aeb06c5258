import type { RowRelationships } from "../../../common/policy/access";
import { uniqueLoader } from "../../kit/loaders";
import type { PeopleServices } from "../services";

export function createPeopleLoaders(services: PeopleServices) {
  return {
    person: uniqueLoader((ids: readonly string[]) => services.persons.findByIds(ids), (p) => p.id),
    practitioner: uniqueLoader((ids: readonly string[]) => services.practitioners.findByIds(ids), (p) => p.id),
    /** What each person's attestations grant in this request, by person and attestations (see person.reference.ts). */
    attested: new Map<string, RowRelationships>(),
  };
}
export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
