import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { AgenciesLoaders } from "../loaders";
import { AgencyService } from "./agency.service";
import { SharingAgreementService } from "./sharing-agreement.service";

export function createAgenciesServices(dataSource: DataSource) {
  return { agencies: new AgencyService(dataSource), agreements: new SharingAgreementService(dataSource) };
}
export type AgenciesServices = ReturnType<typeof createAgenciesServices>;
export type AgenciesContext = SubgraphContext<AgenciesServices, AgenciesLoaders>;
