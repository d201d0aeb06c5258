import { defineSubgraph } from "../kit/subgraph";
import { Person } from "./entities/person.entity";
import { Practitioner } from "./entities/practitioner.entity";
import { createPeopleLoaders } from "./loaders";
import { CreatePeople1763900000000 } from "./migrations/1763900000000-create-people";
import { personRelationships, resolvePersonReference } from "./resolvers/person.reference";
import { resolvePractitionerReference } from "./resolvers/practitioner.reference";
import { PersonRegistryResolver } from "./resolvers/person-registry.resolver";
import { PractitionerResolver } from "./resolvers/practitioner.resolver";
import { seedPeople } from "./seed";
import { createPeopleServices, type PeopleContext } from "./services";

export const peopleSubgraph = defineSubgraph({
  name: "people",
  entities: [Person, Practitioner],
  migrations: [CreatePeople1763900000000],
  resolvers: [PractitionerResolver, PersonRegistryResolver],
  peerFields: ["Mutation.registerPerson", "Query.personFacts"],
  orphanedTypes: [Person],
  referenceResolvers: {
    Person: { __resolveReference: resolvePersonReference },
    Practitioner: { __resolveReference: resolvePractitionerReference },
  },
  // People holds identities but not relationships: it discloses only what cases or
  // immigration-contacts attested for this request (see person.reference.ts).
  rowAccess: { Person: (p: Person, ctx: PeopleContext) => personRelationships(p, ctx) },
  createServices: createPeopleServices,
  createLoaders: createPeopleLoaders,
  seed: seedPeople,
});
