import { ArgsType, Field, ID, Int } from "type-graphql";
import { ImmigrationQueryStatus } from "../../kit/enums";

@ArgsType()
export class ImmigrationQueriesArgs {
  @Field(() => ImmigrationQueryStatus, { nullable: true })
  status?: ImmigrationQueryStatus | null;

  @Field(() => ID, { nullable: true, description: "Only queries put to this SPOC." })
  contactId?: string | null;

  @Field(() => Int, { defaultValue: 50, description: "How many, newest first: 1 to 200." })
  first: number;
}
