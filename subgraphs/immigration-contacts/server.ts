import { defineSubgraph } from "../kit/subgraph";
import { ImmigrationContact } from "./entities/immigration-contact.entity";
import { ImmigrationQuery } from "./entities/immigration-query.entity";
import { ImmigrationStatus } from "./entities/immigration-status.entity";
import { createImmigrationContactsLoaders, relationshipsOfPerson } from "./loaders";
import { CreateImmigrationContacts1763900000000 } from "./migrations/1763900000000-create-immigration-contacts";
import { resolveCaseReference } from "./resolvers/case.reference";
import { CaseImmigrationResolver } from "./resolvers/case.resolver";
import { resolveImmigrationContactReference } from "./resolvers/immigration-contact.reference";
import { ImmigrationContactResolver } from "./resolvers/immigration-contact.resolver";
import { resolveImmigrationQueryReference } from "./resolvers/immigration-query.reference";
import { ImmigrationQueryResolver } from "./resolvers/immigration-query.resolver";
import { ImmigrationWorkResolver } from "./resolvers/immigration-work.resolver";
import { ACTIONS } from "../../common/policy/sharing-policy";
import { resolvePersonReference } from "./resolvers/person.reference";
import { PersonImmigrationResolver } from "./resolvers/person.resolver";
import { seedImmigrationContacts } from "./seed";
import { createImmigrationContactsServices, type ImmigrationContactsContext } from "./services";
import { relationshipsToQuery } from "./services/query-access.service";
import type { PersonRef } from "./entities/person.ref";

export const immigrationContactsSubgraph = defineSubgraph({
  name: "immigration-contacts",
  entities: [ImmigrationContact, ImmigrationQuery, ImmigrationStatus],
  migrations: [CreateImmigrationContacts1763900000000],
  resolvers: [ImmigrationContactResolver, ImmigrationQueryResolver, CaseImmigrationResolver, PersonImmigrationResolver, ImmigrationWorkResolver],
  actions: {
    "Mutation.raiseImmigrationQuestion": ACTIONS.raiseImmigrationQuestion,
    "Mutation.answerImmigrationQuestion": ACTIONS.answerImmigrationQuestion,
    "Mutation.withdrawImmigrationQuestion": ACTIONS.withdrawImmigrationQuestion,
    "Mutation.saveImmigrationContact": ACTIONS.maintainSpocDirectory,
  },
  referenceResolvers: {
    ImmigrationContact: { __resolveReference: resolveImmigrationContactReference },
    ImmigrationQuery: { __resolveReference: resolveImmigrationQueryReference },
    Case: { __resolveReference: resolveCaseReference },
    Person: { __resolveReference: resolvePersonReference },
  },
  // Questions are rows under need-to-know (who raised them, which SPOC was asked); so are the
  // people they are about, and their immigration status.
  rowAccess: {
    ImmigrationQuery: async (q: ImmigrationQuery, ctx: ImmigrationContactsContext) => {
      const contact = await ctx.loaders.contact.load(q.contactId);
      const rels = relationshipsToQuery({ subjectId: q.subjectId, raisedByAgencyId: q.raisedByAgencyId, spocPractitionerId: contact?.practitionerId ?? null }, ctx.access);
      return { ...rels, row: { type: "ImmigrationQuery", id: q.id, subjectId: q.subjectId } };
    },
    Person: (p: PersonRef, ctx: ImmigrationContactsContext) => relationshipsOfPerson(ctx.loaders, p.id),
    ImmigrationStatus: (s: ImmigrationStatus, ctx: ImmigrationContactsContext) => relationshipsOfPerson(ctx.loaders, s.personId),
  },
  createServices: createImmigrationContactsServices,
  createLoaders: createImmigrationContactsLoaders,
  seed: seedImmigrationContacts,
});
