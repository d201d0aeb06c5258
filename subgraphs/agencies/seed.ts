import type { DataSource } from "typeorm";
import type { SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { Agency } from "./entities/agency.entity";
import { SharingAgreementParty } from "./entities/sharing-agreement-party.entity";
import { SharingAgreement } from "./entities/sharing-agreement.entity";

export async function seedAgencies(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  await insertIgnoring(dataSource, Agency, world.agencies, progress);
  await insertIgnoring(
    dataSource,
    SharingAgreement,
    world.sharingAgreements.map(({ partyAgencyIds: _parties, ...a }) => ({
      ...a,
      createdAt: new Date(a.createdAt),
      endedAt: null,
      endedBy: null,
      endReason: null,
    })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    SharingAgreementParty,
    world.sharingAgreements.flatMap((a) => a.partyAgencyIds.map((agencyId) => ({ agreementId: a.id, agencyId }))),
    progress,
  );
}
