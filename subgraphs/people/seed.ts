import type { DataSource } from "typeorm";
import type { SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { Person } from "./entities/person.entity";
import { Practitioner } from "./entities/practitioner.entity";

export async function seedPeople(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  await insertIgnoring(dataSource, Practitioner, world.practitioners.map((p) => Object.assign(new Practitioner(), p)), progress);
  await insertIgnoring(dataSource, Person, world.people, progress);
}
