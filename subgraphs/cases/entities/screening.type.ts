import { Field, ObjectType } from "type-graphql";
import { ScreeningDecision } from "../../kit/enums";
import { AgencyRef } from "./agency.ref";

/** A value type built from the `screening_*` columns of `cases`: no table of its own. */
@ObjectType({ description: "CT policing's screening of a referral: adopted to panel, signposted or no further action." })
export class Screening {
  /** The case screened: what need-to-know checks relate the caller to. Not exposed. */
  caseId: string;

  @Field(() => ScreeningDecision, { nullable: true })
  decision: ScreeningDecision;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => AgencyRef, { nullable: true })
  decidedBy: AgencyRef | null;
}
