import { ArgsType, Field, Int } from "type-graphql";
import { CaseFilter } from "./case.input";

@ArgsType()
export class CasesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 0 to 100." })
  first: number;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string | null;

  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter | null;
}
