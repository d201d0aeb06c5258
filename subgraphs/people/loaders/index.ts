import { uniqueLoader } from "../../kit/loaders";
import type { PeopleServices } from "../services";

export function createPeopleLoaders(services: PeopleServices) {
  return {
    person: uniqueLoader((ids: readonly string[]) => services.persons.findByIds(ids), (p) => p.id),
    practitioner: uniqueLoader((ids: readonly string[]) => services.practitioners.findByIds(ids), (p) => p.id),
  };
}
export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
