import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ImmigrationStatus } from "../entities/immigration-status.entity";
import { PersonRef } from "../entities/person.ref";
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
}
