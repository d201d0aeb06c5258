import { defineSubgraph } from "../kit/subgraph";
import { Agency } from "./entities/agency.entity";
import { createAgenciesLoaders } from "./loaders";
import { CreateAgencies1763900000000 } from "./migrations/1763900000000-create-agencies";
import { resolveAgencyReference } from "./resolvers/agency.reference";
import { AgencyResolver } from "./resolvers/agency.resolver";
import { seedAgencies } from "./seed";
import { createAgenciesServices } from "./services";

export const agenciesSubgraph = defineSubgraph({
  name: "agencies",
  entities: [Agency],
  migrations: [CreateAgencies1763900000000],
  resolvers: [AgencyResolver],
  referenceResolvers: { Agency: { __resolveReference: resolveAgencyReference } },
  createServices: createAgenciesServices,
  createLoaders: createAgenciesLoaders,
  seed: seedAgencies,
});
