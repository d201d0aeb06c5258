import { ArgsType, Field } from "type-graphql";
import { Region } from "../../kit/enums";

@ArgsType()
export class ImmigrationContactsArgs {
  @Field(() => Region, { nullable: true })
  region?: Region | null;
}
