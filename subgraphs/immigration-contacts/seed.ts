import type { DataSource } from "typeorm";
import type { SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { ImmigrationContact } from "./entities/immigration-contact.entity";
import { ImmigrationQuery } from "./entities/immigration-query.entity";
import { ImmigrationStatus } from "./entities/immigration-status.entity";

/** Contacts, then queries, then statuses: the foreign keys point that way. */
export async function seedImmigrationContacts(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  await insertIgnoring(dataSource, ImmigrationContact, world.immigrationContacts, progress);
  await insertIgnoring(
    dataSource,
    ImmigrationQuery,
    world.immigrationQueries.map((q) => ({
      ...q,
      raisedAt: new Date(q.raisedAt),
      answeredAt: q.answeredAt === null ? null : new Date(q.answeredAt),
    })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    ImmigrationStatus,
    world.immigrationStatuses.map((s) => ({ ...s, recordedAt: new Date(s.recordedAt) })),
    progress,
  );
}
