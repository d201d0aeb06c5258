import type { DataSource } from "typeorm";
import type { SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { Agency } from "./entities/agency.entity";

export async function seedAgencies(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  await insertIgnoring(dataSource, Agency, world.agencies, progress);
}
