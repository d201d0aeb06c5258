import { ArgsType, Field, ID } from "type-graphql";
import { BadUserInputError } from "../../../common/errors";

@ArgsType()
export class SelfAssessmentsArgs {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: "A reporting period, e.g. `2019/20`." })
  period?: string | null;
}

const MAX_ID = 64;
const MAX_PERIOD = 16;

/** Values longer than their columns can never match: say so rather than answer an empty list. */
export function validateSelfAssessmentsArgs(args: SelfAssessmentsArgs): void {
  if (args.agencyId != null && args.agencyId.length > MAX_ID) {
    throw new BadUserInputError(`agencyId must be at most ${MAX_ID} characters`, "agencyId");
  }
  if (args.period != null && args.period.length > MAX_PERIOD) {
    throw new BadUserInputError(`period must be at most ${MAX_PERIOD} characters`, "period");
  }
}
