import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { ImmigrationContact } from "../entities/immigration-contact.entity";
import type { ImmigrationContactsContext } from "../services";
import { ImmigrationContactsArgs } from "./immigration-contact.args";

@Resolver(() => ImmigrationContact)
export class ImmigrationContactResolver {
  @Query(() => [ImmigrationContact], { description: "The immigration SPOC directory, optionally for one region, ordered by region then name." })
  immigrationContacts(@Args() args: ImmigrationContactsArgs, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationContact[]> {
    return ctx.services.contacts.list(args);
  }

  @FieldResolver(() => AgencyRef, { description: "The immigration-enforcement agency the contact works for." })
  agency(@Root() contact: ImmigrationContact): AgencyRef {
    return { id: contact.agencyId };
  }
}
