import { ArgsType, Field } from "type-graphql";
import { AgencyKind, Region } from "../../kit/enums";

@ArgsType()
export class AgenciesArgs {
  @Field(() => Region, { nullable: true })
  region?: Region | null;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind | null;
}
