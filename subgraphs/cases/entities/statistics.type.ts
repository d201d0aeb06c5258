import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { AgeBand, ConsentToSupport, Ethnicity, Gender, MentalHealthConcern, ReferringSector, Region, TypeOfConcern } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { DisclosureControl, StatisticsDimension } from "../statistics/dimensions";
import type { MedianKey } from "../statistics/statistics.service";
import { AgencyRef } from "./agency.ref";
import { RolloutPhaseRef } from "./rollout-phase.ref";

@ObjectType({ description: "A count, or a mark that it is suppressed: a small number, or one that would let a small number be worked out." })
export class StatisticCount {
  @Field(() => Int, { nullable: true, description: "Null when suppressed." })
  value: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType({ description: "A proportion from 0 to 1; suppressed when its numerator or denominator is." })
export class StatisticRate {
  @Field(() => Float, { nullable: true, description: "Null when suppressed, or when there is nothing to divide by." })
  value: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType({ description: "A median number of whole days; suppressed when it describes fewer cases than the threshold, or when their count is suppressed." })
export class StatisticMedian {
  @Field(() => Float, { nullable: true, description: "Null when suppressed, or when no case has reached that point." })
  days: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType({
  description:
    "One cell of a report: the members of the dimensions it is broken down by (and filtered on), and the funnel for them. A dimension not broken down is null; so is an age band that is not known.",
})
export class StatisticsRow {
  @Field(() => AgencyRef, { nullable: true })
  localAuthority: AgencyRef | null;

  @Field(() => Region, { nullable: true })
  region: Region | null;

  @Field(() => RolloutPhaseRef, { nullable: true, description: "Null for an authority in no phase yet." })
  rolloutPhase: RolloutPhaseRef | null;

  @Field(() => ReferringSector, { nullable: true })
  referringSector: ReferringSector | null;

  @Field(() => TypeOfConcern, { nullable: true })
  typeOfConcern: TypeOfConcern | null;

  @Field(() => AgeBand, { nullable: true, description: "The subject's age band at referral." })
  ageBand: AgeBand | null;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => ConsentToSupport, { nullable: true, description: "Consent to Channel support (NOT_KNOWN where none was recorded, as before the panel)." })
  consentToSupport: ConsentToSupport | null;

  @Field(() => MentalHealthConcern, { nullable: true, description: "A recorded mental-health or neurodiversity concern." })
  mentalHealthConcern: MentalHealthConcern | null;

  @Field(() => Ethnicity, { nullable: true, description: "The subject's broad ethnic group." })
  ethnicity: Ethnicity | null;

  @Field(() => StatisticCount, { description: "Referrals to Prevent (Channel programme) made in the period." })
  referrals: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those discussed at a Channel panel." })
  discussedAtPanel: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those adopted as a Channel case (a support plan agreed)." })
  adoptedAsChannelCase: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those closed with no further action (at screening or at panel)." })
  noFurtherAction: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those signposted to other services (at screening or at panel)." })
  signposted: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those adopted and still receiving Channel support." })
  supportedThroughChannel: StatisticCount;

  @Field(() => StatisticCount, { description: "Of the period's referrals, those closed after Channel support." })
  closedAfterSupport: StatisticCount;

  @Field(() => StatisticCount, { description: "Desistance and Disengagement Programme cases open at any time in the period." })
  ddpCaseload: StatisticCount;

  @Field(() => StatisticRate, { description: "discussedAtPanel / referrals." })
  panelRate: StatisticRate;

  @Field(() => StatisticRate, { description: "adoptedAsChannelCase / referrals." })
  adoptionRate: StatisticRate;

  // medianDaysToScreeningDecision and medianDaysToFirstPanel: statistics.resolver.ts

  /** For the median fields: the cell's coordinates and how it is protected. Not exposed. */
  medianKey: MedianKey;
  mode: DisclosureControl;
  threshold: number;
}

@ObjectType({ description: "A Prevent statistics report for one period, as in the Home Office's annual release." })
export class PreventStatistics {
  @Field({ description: "The period asked for: `2018-19` or `2018-19 Q1`." })
  period: string;

  @Field(() => LocalDate)
  periodStart: string;

  @Field(() => LocalDate, { description: "The last day of the period." })
  periodEnd: string;

  @Field({ description: "The period has not ended: its numbers will change." })
  provisional: boolean;

  @Field(() => [StatisticsDimension])
  by: StatisticsDimension[];

  @Field(() => DisclosureControl)
  disclosureControl: DisclosureControl;

  @Field(() => Int, { description: "Counts from 1 to this minus one are suppressed (under SUPPRESSED)." })
  suppressionThreshold: number;

  @Field(() => Date, { description: "When the numbers were computed (cases recorded since then are not in them)." })
  computedAt: Date;

  @Field(() => StatisticsRow, { description: "The whole of what was asked for: every row together." })
  total: StatisticsRow;

  @Field(() => [StatisticsRow], { description: "One per combination of the members of `by`, zeros included, in the order of the dimensions' members." })
  rows: StatisticsRow[];
}

@InputType({ description: "Narrow a report: at most one geographic filter; categories filtered count towards the two that may be crossed (consent, mental health and ethnicity are crossed with none)." })
export class StatisticsFilter {
  @Field(() => ID, { nullable: true })
  localAuthorityId?: string | null;

  @Field(() => Region, { nullable: true })
  region?: Region | null;

  @Field(() => ID, { nullable: true })
  rolloutPhaseId?: string | null;

  @Field(() => ReferringSector, { nullable: true })
  referringSector?: ReferringSector | null;

  @Field(() => TypeOfConcern, { nullable: true })
  typeOfConcern?: TypeOfConcern | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => ConsentToSupport, { nullable: true, description: "Published on its own: no other category with it." })
  consentToSupport?: ConsentToSupport | null;

  @Field(() => MentalHealthConcern, { nullable: true, description: "Published on its own: no other category with it." })
  mentalHealthConcern?: MentalHealthConcern | null;

  @Field(() => Ethnicity, { nullable: true, description: "Published on its own: no other category with it." })
  ethnicity?: Ethnicity | null;
}
