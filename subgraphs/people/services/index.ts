import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { PeopleLoaders } from "../loaders";
import { PersonService, PractitionerService } from "./person.service";

export function createPeopleServices(dataSource: DataSource) {
  return { persons: new PersonService(dataSource), practitioners: new PractitionerService(dataSource) };
}
export type PeopleServices = ReturnType<typeof createPeopleServices>;
export type PeopleContext = SubgraphContext<PeopleServices, PeopleLoaders>;
