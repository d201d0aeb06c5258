import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { ImmigrationStatusKind, Region } from "../../kit/enums";
import { ImmigrationContact } from "../entities/immigration-contact.entity";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import type { ImmigrationContactsContext } from "../services";

@InputType({ description: "A SPOC to add to the directory, or (with its id) to update." })
export class ImmigrationContactInput {
  @Field(() => ID, { nullable: true, description: "Omit to add a new contact." })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => Region)
  region: Region;

  @Field({ description: "Work e-mail address." })
  email: string;

  @Field({ description: "Work telephone number." })
  phone: string;

  @Field(() => ID, { nullable: true, description: "The platform user who answers for this contact." })
  practitionerId?: string | null;
}

@Resolver(() => ImmigrationQuery)
export class ImmigrationWorkResolver {
  @Mutation(() => ImmigrationQuery, { nullable: true, description: "Asks your region's immigration SPOC about the subject of a case your authority leads." })
  raiseImmigrationQuestion(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("question", { description: "10 to 2000 characters." }) question: string,
    @Ctx() ctx: ImmigrationContactsContext,
  ): Promise<ImmigrationQuery> {
    return ctx.services.work.raise(ctx, caseId, question);
  }

  @Mutation(() => ImmigrationQuery, { nullable: true, description: "The SPOC asked answers an open question, recording the person's status." })
  answerImmigrationQuestion(
    @Arg("queryId", () => ID) queryId: string,
    @Arg("status", () => ImmigrationStatusKind) status: ImmigrationStatusKind,
    @Arg("answer", { description: "3 to 2000 characters." }) answer: string,
    @Ctx() ctx: ImmigrationContactsContext,
  ): Promise<ImmigrationQuery> {
    return ctx.services.work.answer(ctx, queryId, status, answer);
  }

  @Mutation(() => ImmigrationQuery, { nullable: true, description: "The raising authority withdraws an open question." })
  withdrawImmigrationQuestion(@Arg("queryId", () => ID) queryId: string, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationQuery> {
    return ctx.services.work.withdraw(ctx, queryId);
  }

  @Mutation(() => ImmigrationContact, { nullable: true, description: "Immigration enforcement adds or updates a SPOC in its directory." })
  saveImmigrationContact(@Arg("input", () => ImmigrationContactInput) input: ImmigrationContactInput, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationContact> {
    return ctx.services.work.saveContact(ctx, input);
  }
}
