import { Field, ID, InputType, Int } from "type-graphql";
import {
  CommissioningStatus,
  ConsentToSupport,
  DdpConditionType,
  Ethnicity,
  Gender,
  InterventionKind,
  MentalHealthConcern,
  Programme,
  ReferringSector,
  ReviewKind,
  ScreeningDecision,
  TypeOfConcern,
  VafDomain,
  VafRating,
} from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

@InputType({ description: "A person not yet known to the platform." })
export class NewPersonInput {
  @Field({ description: "1 to 100 characters." })
  givenName: string;

  @Field({ description: "1 to 100 characters." })
  familyName: string;

  @Field(() => LocalDate)
  dateOfBirth: string;

  @Field(() => Gender)
  gender: Gender;

  @Field({ description: "2 to 10 characters." })
  postcode: string;

  @Field({ description: "1 to 100 characters." })
  town: string;
}

@InputType({ description: "A referral: the referring agency is the caller's." })
export class ReferCaseInput {
  @Field(() => ID, { description: "The local authority to lead the case." })
  leadAgencyId: string;

  @Field(() => Programme)
  programme: Programme;

  @Field(() => TypeOfConcern)
  typeOfConcern: TypeOfConcern;

  @Field(() => ReferringSector)
  referringSector: ReferringSector;

  @Field(() => ID, { nullable: true, description: "A person already known (give this or newSubject)." })
  subjectId?: string | null;

  @Field(() => NewPersonInput, { nullable: true, description: "A person not yet known (give this or subjectId)." })
  newSubject?: NewPersonInput | null;

  @Field(() => Ethnicity, { nullable: true, description: "Special category: the subject's broad ethnic group, if the referrer knows it; omitted, NOT_KNOWN." })
  ethnicity?: Ethnicity | null;

  @Field(() => MentalHealthConcern, { nullable: true, description: "Special category: whether a mental-health or neurodiversity concern is known; omitted, NOT_KNOWN." })
  mentalHealthConcern?: MentalHealthConcern | null;
}

@InputType()
export class ScreeningDecisionInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int, { description: "The version you last read." })
  version: number;

  @Field(() => ScreeningDecision)
  decision: ScreeningDecision;

  @Field({ description: "3 to 2000 characters." })
  reason: string;
}

@InputType()
export class VafFactorInput {
  @Field(() => VafDomain)
  domain: VafDomain;

  @Field({ description: "Lower-case words joined by hyphens, e.g. `need-for-identity`." })
  code: string;

  @Field(() => VafRating)
  rating: VafRating;

  @Field({ description: "1 to 2000 characters." })
  note: string;
}

@InputType()
export class VulnerabilityAssessmentInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [VafFactorInput], { description: "1 to 40, each code once." })
  factors: VafFactorInput[];

  @Field(() => ConsentToSupport, {
    nullable: true,
    description: "Whether the individual consents to Channel support, as the panel found; omitted, unchanged. Once a support plan is agreed it stays GIVEN (a withdrawal closes the case).",
  })
  consentToSupport?: ConsentToSupport | null;

  @Field(() => MentalHealthConcern, { nullable: true, description: "A mental-health or neurodiversity concern the panel recorded; omitted, unchanged." })
  mentalHealthConcern?: MentalHealthConcern | null;

  @Field(() => Ethnicity, { nullable: true, description: "The subject's broad ethnic group as the panel recorded it; omitted, unchanged." })
  ethnicity?: Ethnicity | null;
}

@InputType()
export class InterventionInput {
  @Field(() => InterventionKind)
  kind: InterventionKind;

  @Field({ description: "2 to 200 characters." })
  provider: string;

  @Field(() => CommissioningStatus)
  commissioningStatus: CommissioningStatus;
}

@InputType()
export class SupportPlanInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  version: number;

  @Field({ description: "Channel is voluntary: a plan needs the individual's consent." })
  consentGiven: boolean;

  @Field(() => Boolean, { nullable: true, description: "Required (true) when the subject is under 18; omit otherwise." })
  parentalConsent?: boolean | null;

  @Field(() => [InterventionInput], { description: "1 to 20." })
  interventions: InterventionInput[];
}

@InputType()
export class ReviewInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ReviewKind)
  kind: ReviewKind;

  @Field(() => LocalDate, { description: "Not in the future, not before the plan was agreed." })
  heldOn: string;

  @Field({ description: "3 to 2000 characters." })
  summary: string;
}

@InputType()
export class DdpConditionsInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  version: number;

  @Field(() => DdpConditionType)
  conditionType: DdpConditionType;

  @Field(() => Int, { description: "1, 2 or 3." })
  mappaLevel: number;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string | null;

  @Field(() => ID, { description: "A probation service." })
  managingAgencyId: string;
}
