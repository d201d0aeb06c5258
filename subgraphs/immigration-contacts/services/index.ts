import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { ImmigrationContactsLoaders } from "../loaders";
import { ImmigrationContactService } from "./immigration-contact.service";
import { ImmigrationQueryService } from "./immigration-query.service";
import { ImmigrationStatusService } from "./immigration-status.service";
import { QueryAccessService } from "./query-access.service";
import { ImmigrationWorkService } from "./immigration-work.service";

export function createImmigrationContactsServices(dataSource: DataSource) {
  const queries = new ImmigrationQueryService(dataSource);
  return {
    contacts: new ImmigrationContactService(dataSource),
    queries,
    work: new ImmigrationWorkService(dataSource, queries),
    statuses: new ImmigrationStatusService(dataSource),
    queryAccess: new QueryAccessService(dataSource),
  };
}
export type ImmigrationContactsServices = ReturnType<typeof createImmigrationContactsServices>;
export type ImmigrationContactsContext = SubgraphContext<ImmigrationContactsServices, ImmigrationContactsLoaders>;
