import { defineSubgraph } from "../kit/subgraph";
import { Agency } from "./entities/agency.entity";
import { createAgenciesLoaders } from "./loaders";
import { CreateAgencies1763900000000 } from "./migrations/1763900000000-create-agencies";
import { CreateSharingAgreements1764000000000 } from "./migrations/1764000000000-create-sharing-agreements";
import { SharingAgreementParty } from "./entities/sharing-agreement-party.entity";
import { SharingAgreement } from "./entities/sharing-agreement.entity";
import { SharingAgreementResolver } from "./resolvers/sharing-agreement.resolver";
import { ACTIONS } from "../../common/policy/sharing-policy";
import { resolveAgencyReference } from "./resolvers/agency.reference";
import { AgencyResolver } from "./resolvers/agency.resolver";
import { seedAgencies } from "./seed";
import { createAgenciesServices } from "./services";

export const agenciesSubgraph = defineSubgraph({
  name: "agencies",
  entities: [Agency, SharingAgreement, SharingAgreementParty],
  migrations: [CreateAgencies1763900000000, CreateSharingAgreements1764000000000],
  resolvers: [AgencyResolver, SharingAgreementResolver],
  serviceFields: ["Query.accessProfile"],
  actions: {
    "Mutation.createSharingAgreement": ACTIONS.manageSharingAgreements,
    "Mutation.endSharingAgreement": ACTIONS.manageSharingAgreements,
  },
  referenceResolvers: { Agency: { __resolveReference: resolveAgencyReference } },
  createServices: createAgenciesServices,
  createLoaders: createAgenciesLoaders,
  seed: seedAgencies,
});
