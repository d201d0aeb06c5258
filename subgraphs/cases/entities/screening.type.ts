import { Field, ObjectType } from "type-graphql";
import { ScreeningDecision } from "../../kit/enums";
import { AgencyRef } from "./agency.ref";

/** A value type built from the `screening_*` columns of `cases`: no table of its own. */
@ObjectType({ description: "CT policing's screening of a referral: adopted to panel, signposted or no further action." })
export class Screening {
  @Field(() => ScreeningDecision)
  decision: ScreeningDecision;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => AgencyRef, { nullable: true })
  decidedBy: AgencyRef | null;
}
