import { defineSubgraph } from "../kit/subgraph";
import { Person } from "./entities/person.entity";
import { Practitioner } from "./entities/practitioner.entity";
import { createPeopleLoaders } from "./loaders";
import { CreatePeople1763900000000 } from "./migrations/1763900000000-create-people";
import { resolvePersonReference } from "./resolvers/person.reference";
import { PersonResolver } from "./resolvers/person.resolver";
import { resolvePractitionerReference } from "./resolvers/practitioner.reference";
import { PractitionerResolver } from "./resolvers/practitioner.resolver";
import { seedPeople } from "./seed";
import { createPeopleServices } from "./services";

export const peopleSubgraph = defineSubgraph({
  name: "people",
  entities: [Person, Practitioner],
  migrations: [CreatePeople1763900000000],
  resolvers: [PersonResolver, PractitionerResolver],
  referenceResolvers: {
    Person: { __resolveReference: resolvePersonReference },
    Practitioner: { __resolveReference: resolvePractitionerReference },
  },
  createServices: createPeopleServices,
  createLoaders: createPeopleLoaders,
  seed: seedPeople,
});
