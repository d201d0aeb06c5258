import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { ImmigrationStatus } from "../entities/immigration-status.entity";
import { PersonRef } from "../entities/person.ref";
import { relationshipsOfPerson } from "../loaders";
import type { ImmigrationContactsContext } from "../services";

@Resolver(() => PersonRef)
export class PersonImmigrationResolver {
  @FieldResolver(() => ImmigrationStatus, {
    nullable: true,
    description: "Restricted: the person's immigration status, if a SPOC has answered a query about it.",
  })
  immigrationStatus(@Root() person: PersonRef, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationStatus | null> {
    return ctx.loaders.statusByPerson.load(person.id);
  }

  /** Attests to the people subgraph what this caller may see of the person (see common/auth/attestation.ts). */
  @Directive("@inaccessible")
  @FieldResolver(() => String, { nullable: true, description: "Internal: relationship attestation for the people subgraph." })
  async immigrationAccess(@Root() person: PersonRef, @Ctx() ctx: ImmigrationContactsContext): Promise<string | null> {
    const rels = await relationshipsOfPerson(ctx.loaders, person.id);
    return ctx.attestor.attest(ctx.txn, "Person", person.id, ctx.access.allows("personal", rels) ? ["personal"] : []);
  }
}
