/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgeBand =
  | 'AGE_10_AND_UNDER'
  | 'AGE_11_TO_15'
  | 'AGE_16_TO_17'
  | 'AGE_18_TO_20'
  | 'AGE_21_TO_30'
  | 'AGE_31_TO_40'
  | 'AGE_41_AND_OVER';

export type AgencyKind =
  | 'CT_POLICING'
  | 'EDUCATION'
  | 'HEALTH'
  | 'HOME_OFFICE'
  | 'IMMIGRATION_ENFORCEMENT'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION';

export type AssuranceRating =
  | 'GOOD'
  | 'INADEQUATE'
  | 'REQUIRES_IMPROVEMENT';

/** A subgraph's audit chain as just verified. */
export type AuditChainState =
  /** A record was edited, deleted or replaced, or the head moved: `firstBroken` names the first. */
  | 'BROKEN'
  /** Every record holds, linked to the one before, up to the head. */
  | 'INTACT'
  /** The subgraph could not verify its chain now (unreachable, failed or too slow): `problem` says why. */
  | 'UNAVAILABLE';

export type BoardMemberRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'OBSERVER'
  | 'SECRETARIAT';

/** Narrows `cases`; every condition given must hold. */
export type CaseFilter = {
  leadAgencyId?: string | number | null | undefined;
  /** Only cases on whose panel this agency sits. */
  panelMemberAgencyId?: string | number | null | undefined;
  programme?: Programme | null | undefined;
  /** Referred at or after this instant. */
  referredFrom?: string | null | undefined;
  /** Referred before this instant. */
  referredTo?: string | null | undefined;
  referringAgencyId?: string | number | null | undefined;
  stage?: CaseStage | null | undefined;
  /** Any of these stages (an empty list matches nothing). */
  stages?: Array<CaseStage> | null | undefined;
  subjectId?: string | number | null | undefined;
  typeOfConcern?: TypeOfConcern | null | undefined;
};

export type CaseOutcome =
  | 'CLOSED_AFTER_SUPPORT'
  | 'CONSENT_WITHDRAWN'
  | 'NO_FURTHER_ACTION'
  | 'SIGNPOSTED';

/** Where a case is in its lifecycle, from referral to closure. */
export type CaseStage =
  | 'CLOSED'
  | 'PANEL'
  | 'REFERRAL'
  | 'REVIEW'
  | 'SCREENING'
  | 'SUPPORT';

export type CommissioningStatus =
  | 'COMMISSIONED'
  | 'COMPLETED'
  | 'DELIVERING'
  | 'NOT_STARTED'
  | 'REQUESTED';

/** Whether the individual consented to Channel support, as the panel recorded it; NOT_KNOWN until consent is sought. */
export type ConsentToSupport =
  | 'GIVEN'
  | 'NOT_GIVEN'
  | 'NOT_KNOWN';

export type CtRiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE';

export type DdpConditionType =
  | 'LICENCE'
  | 'TEO'
  | 'TPIM';

export type DdpConditionsInput = {
  caseId: string | number;
  conditionType: DdpConditionType;
  endsOn?: string | null | undefined;
  /** A probation service. */
  managingAgencyId: string | number;
  /** 1, 2 or 3. */
  mappaLevel: number;
  startsOn: string;
  version: number;
};

export type DecisionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OPEN';

/** SUPPRESSED: small counts and what could reveal them are withheld. OWN_AUTHORITY: your own authority's cases, unsuppressed. */
export type DisclosureControl =
  | 'OWN_AUTHORITY'
  | 'SUPPRESSED';

/** Narrows the trail; every condition given must hold. */
export type DisclosureFilter = {
  /** Records of users of this agency. */
  agencyId?: string | number | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** One of the x-purpose phrases, e.g. `case review`. */
  purpose?: string | null | undefined;
  /** Records about this person. */
  subjectId?: string | number | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
  /** Records of this user (`sub`). */
  userId?: string | null | undefined;
};

/** Broad ethnic group (2021 Census, as the Home Office's Prevent statistics): Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group; NOT_KNOWN (not known or not stated). */
export type Ethnicity =
  | 'ASIAN_OR_ASIAN_BRITISH'
  | 'BLACK_BRITISH_CARIBBEAN_OR_AFRICAN'
  | 'MIXED_OR_MULTIPLE'
  | 'NOT_KNOWN'
  | 'OTHER_ETHNIC_GROUP'
  | 'WHITE';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_KNOWN'
  | 'OTHER';

export type ImmigrationQueryStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'WITHDRAWN';

export type ImmigrationStatusKind =
  | 'ASYLUM_CLAIM_PENDING'
  | 'BRITISH_CITIZEN'
  | 'LIMITED_LEAVE'
  | 'NOT_KNOWN'
  | 'NO_VALID_LEAVE'
  | 'PRE_SETTLED'
  | 'SETTLED';

export type InterventionInput = {
  commissioningStatus: CommissioningStatus;
  kind: InterventionKind;
  /** 2 to 200 characters. */
  provider: string;
};

export type InterventionKind =
  | 'DIVERSIONARY_ACTIVITIES'
  | 'EDUCATION_TRAINING'
  | 'EMPLOYMENT'
  | 'FAMILY_SUPPORT'
  | 'HOUSING'
  | 'IDEOLOGICAL_MENTORING'
  | 'LIFE_SKILLS'
  | 'MENTAL_HEALTH';

/** Whether a mental-health or neurodiversity concern was recorded. */
export type MentalHealthConcern =
  | 'NO'
  | 'NOT_KNOWN'
  | 'YES';

/** A person not yet known to the platform. */
export type NewPersonInput = {
  dateOfBirth: string;
  /** 1 to 100 characters. */
  familyName: string;
  gender: Gender;
  /** 1 to 100 characters. */
  givenName: string;
  /** 2 to 10 characters. */
  postcode: string;
  /** 1 to 100 characters. */
  town: string;
};

/** CHANNEL (voluntary support) or DDP (Desistance and Disengagement Programme). */
export type Programme =
  | 'CHANNEL'
  | 'DDP';

/** A referral: the referring agency is the caller's. */
export type ReferCaseInput = {
  /** Special category: the subject's broad ethnic group, if the referrer knows it; omitted, NOT_KNOWN. */
  ethnicity?: Ethnicity | null | undefined;
  /** The local authority to lead the case. */
  leadAgencyId: string | number;
  /** Special category: whether a mental-health or neurodiversity concern is known; omitted, NOT_KNOWN. */
  mentalHealthConcern?: MentalHealthConcern | null | undefined;
  /** A person not yet known (give this or subjectId). */
  newSubject?: NewPersonInput | null | undefined;
  programme: Programme;
  referringSector: ReferringSector;
  /** A person already known (give this or newSubject). */
  subjectId?: string | number | null | undefined;
  typeOfConcern: TypeOfConcern;
};

export type ReferringSector =
  | 'COMMUNITY'
  | 'EDUCATION'
  | 'FAMILY_AND_FRIENDS'
  | 'HEALTH'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'POLICE'
  | 'PRISONS'
  | 'PROBATION';

/** The nine English regions and Wales. */
export type Region =
  | 'EAST_MIDLANDS'
  | 'EAST_OF_ENGLAND'
  | 'LONDON'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST'
  | 'WALES'
  | 'WEST_MIDLANDS'
  | 'YORKSHIRE_AND_THE_HUMBER';

export type ReviewInput = {
  caseId: string | number;
  /** Not in the future, not before the plan was agreed. */
  heldOn: string;
  kind: ReviewKind;
  /** 3 to 2000 characters. */
  summary: string;
  version: number;
};

export type ReviewKind =
  | 'SIX_MONTH'
  | 'TWELVE_MONTH';

export type ScreeningDecision =
  | 'ADOPTED_TO_PANEL'
  | 'NO_FURTHER_ACTION'
  | 'SIGNPOSTED';

export type ScreeningDecisionInput = {
  caseId: string | number;
  decision: ScreeningDecision;
  /** 3 to 2000 characters. */
  reason: string;
  /** The version you last read. */
  version: number;
};

/** A breakdown of the Prevent statistics: one geographic dimension and at most two of the others; CONSENT_TO_SUPPORT, MENTAL_HEALTH_CONCERN and ETHNICITY (the 2024/25 release's) with no other category. */
export type StatisticsDimension =
  | 'AGE_BAND'
  | 'CONSENT_TO_SUPPORT'
  | 'ETHNICITY'
  | 'GENDER'
  | 'LOCAL_AUTHORITY'
  | 'MENTAL_HEALTH_CONCERN'
  | 'REFERRING_SECTOR'
  | 'REGION'
  | 'ROLLOUT_PHASE'
  | 'TYPE_OF_CONCERN';

/** Narrow a report: at most one geographic filter; categories filtered count towards the two that may be crossed (consent, mental health and ethnicity are crossed with none). */
export type StatisticsFilter = {
  ageBand?: AgeBand | null | undefined;
  /** Published on its own: no other category with it. */
  consentToSupport?: ConsentToSupport | null | undefined;
  /** Published on its own: no other category with it. */
  ethnicity?: Ethnicity | null | undefined;
  gender?: Gender | null | undefined;
  localAuthorityId?: string | number | null | undefined;
  /** Published on its own: no other category with it. */
  mentalHealthConcern?: MentalHealthConcern | null | undefined;
  referringSector?: ReferringSector | null | undefined;
  region?: Region | null | undefined;
  rolloutPhaseId?: string | number | null | undefined;
  typeOfConcern?: TypeOfConcern | null | undefined;
};

export type SupportPlanInput = {
  caseId: string | number;
  /** Channel is voluntary: a plan needs the individual's consent. */
  consentGiven: boolean;
  /** 1 to 20. */
  interventions: Array<InterventionInput>;
  /** Required (true) when the subject is under 18; omit otherwise. */
  parentalConsent?: boolean | null | undefined;
  version: number;
};

/** Type of concern, as in the Home Office's Prevent statistics. */
export type TypeOfConcern =
  | 'EXTREME_RIGHT_WING'
  | 'ISLAMIST'
  | 'MIXED_UNCLEAR'
  | 'OTHER';

export type VafDomain =
  | 'CAPABILITY'
  | 'ENGAGEMENT'
  | 'INTENT';

export type VafFactorInput = {
  /** Lower-case words joined by hyphens, e.g. `need-for-identity`. */
  code: string;
  domain: VafDomain;
  /** 1 to 2000 characters. */
  note: string;
  rating: VafRating;
};

export type VafRating =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  | 'NOT_PRESENT';

export type VulnerabilityAssessmentInput = {
  caseId: string | number;
  /** Whether the individual consents to Channel support, as the panel found; omitted, unchanged. Once a support plan is agreed it stays GIVEN (a withdrawal closes the case). */
  consentToSupport?: ConsentToSupport | null | undefined;
  /** The subject's broad ethnic group as the panel recorded it; omitted, unchanged. */
  ethnicity?: Ethnicity | null | undefined;
  /** 1 to 40, each code once. */
  factors: Array<VafFactorInput>;
  /** A mental-health or neurodiversity concern the panel recorded; omitted, unchanged. */
  mentalHealthConcern?: MentalHealthConcern | null | undefined;
  version: number;
};

export type BoardRolloutQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardRolloutQuery = { rolloutPhases: Array<{ id: string, name: string, ordinal: number, description: string, startsOn: string, endsOn: string | null, memberships: Array<{ joinedOn: string, agency: { id: string, name: string, region: Region } }>, qualityAssuranceReviews: Array<{ id: string, reviewedOn: string, sampleSize: number, rating: AssuranceRating, summary: string, agency: { id: string, name: string }, reviewer: { id: string, name: string } }> }>, governanceBoards: Array<{ id: string, name: string, description: string, members: Array<{ role: BoardMemberRole, agency: { id: string, name: string } }>, meetings: Array<{ id: string, heldOn: string, title: string, attendees: Array<{ id: string, name: string }>, decisions: Array<{ id: string, summary: string, dueOn: string, status: DecisionStatus, owner: { id: string, name: string } }> }> }>, selfAssessments: Array<{ id: string, period: string, submittedOn: string, standardsMet: number, standardsTotal: number, rating: AssuranceRating, summary: string, agency: { id: string, name: string } }> };

export type BoardStatisticsOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardStatisticsOptionsQuery = { agencies: Array<{ id: string, name: string, region: Region }>, rolloutPhases: Array<{ id: string, name: string, ordinal: number }> };

export type BoardStatisticsQueryVariables = Exact<{
  period: string;
  by?: Array<StatisticsDimension> | StatisticsDimension | null | undefined;
  filter?: StatisticsFilter | null | undefined;
}>;


export type BoardStatisticsQuery = { preventStatistics: { period: string, periodStart: string, periodEnd: string, provisional: boolean, by: Array<StatisticsDimension>, disclosureControl: DisclosureControl, suppressionThreshold: number, computedAt: string, total: { region: Region | null, referringSector: ReferringSector | null, typeOfConcern: TypeOfConcern | null, ageBand: AgeBand | null, gender: Gender | null, consentToSupport: ConsentToSupport | null, mentalHealthConcern: MentalHealthConcern | null, ethnicity: Ethnicity | null, localAuthority: { id: string, name: string } | null, rolloutPhase: { id: string, name: string } | null, referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, adoptionRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } }, rows: Array<{ region: Region | null, referringSector: ReferringSector | null, typeOfConcern: TypeOfConcern | null, ageBand: AgeBand | null, gender: Gender | null, consentToSupport: ConsentToSupport | null, mentalHealthConcern: MentalHealthConcern | null, ethnicity: Ethnicity | null, localAuthority: { id: string, name: string } | null, rolloutPhase: { id: string, name: string } | null, referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, adoptionRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } }> } | null };

export type BoardStatisticsRowFragment = { region: Region | null, referringSector: ReferringSector | null, typeOfConcern: TypeOfConcern | null, ageBand: AgeBand | null, gender: Gender | null, consentToSupport: ConsentToSupport | null, mentalHealthConcern: MentalHealthConcern | null, ethnicity: Ethnicity | null, localAuthority: { id: string, name: string } | null, rolloutPhase: { id: string, name: string } | null, referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, adoptionRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } };

export type BoardStatisticsTrendQueryVariables = Exact<{
  period: string;
  filter?: StatisticsFilter | null | undefined;
}>;


export type BoardStatisticsTrendQuery = { preventStatistics: { period: string, provisional: boolean, disclosureControl: DisclosureControl, suppressionThreshold: number, total: { referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean } } } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, reference: string | null, programme: Programme | null, stage: CaseStage | null, typeOfConcern: TypeOfConcern | null, referringSector: ReferringSector | null, referredAt: string | null, firstPanelAt: string | null, outcome: CaseOutcome | null, closedAt: string | null, version: number | null, leadAgency: { id: string, name: string } | null, referringAgency: { id: string, name: string } | null, panelMembers: Array<{ id: string, name: string }> | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, gender: Gender | null, town: string | null, postcode: string | null, immigrationStatus: { status: ImmigrationStatusKind | null, recordedAt: string | null } | null } | null, screening: { decision: ScreeningDecision | null, reason: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null } | null, vulnerabilityAssessment: { assessedAt: string | null, assessedBy: { id: string, name: string } | null, factors: Array<{ domain: VafDomain | null, code: string | null, rating: VafRating | null, note: string | null }> | null } | null, ctRiskAssessment: { level: CtRiskLevel | null, summary: string | null, assessedAt: string | null, assessedBy: { id: string, name: string } | null } | null, healthInformation: { summary: string | null, recordedAt: string | null, providedBy: { id: string, name: string } | null } | null, ddpConditions: { conditionType: DdpConditionType | null, mappaLevel: number | null, startsOn: string | null, endsOn: string | null, managingAgency: { id: string, name: string } | null } | null, supportPlan: { agreedAt: string | null, consentGiven: boolean | null, parentalConsent: boolean | null, interventions: Array<{ kind: InterventionKind | null, provider: string | null, commissioningStatus: CommissioningStatus | null }> | null } | null, reviews: Array<{ id: string, kind: ReviewKind | null, dueOn: string | null, heldOn: string | null, summary: string | null }> | null, immigrationQueries: Array<{ id: string, question: string | null, status: ImmigrationQueryStatus | null, answer: string | null, raisedAt: string | null, answeredAt: string | null, raisedByAgency: { id: string, name: string } | null, contact: { id: string, name: string, region: Region } | null }> | null } | null };

export type AcceptForScreeningMutationVariables = Exact<{
  caseId: string | number;
  version: number;
}>;


export type AcceptForScreeningMutation = { acceptForScreening: { id: string, version: number | null, stage: CaseStage | null } | null };

export type RecordScreeningDecisionMutationVariables = Exact<{
  input: ScreeningDecisionInput;
}>;


export type RecordScreeningDecisionMutation = { recordScreeningDecision: { id: string, version: number | null, stage: CaseStage | null } | null };

export type RecordReviewMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type RecordReviewMutation = { recordReview: { id: string, version: number | null, stage: CaseStage | null } | null };

export type CloseCaseMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  outcome: CaseOutcome;
}>;


export type CloseCaseMutation = { closeCase: { id: string, version: number | null, stage: CaseStage | null } | null };

export type TransferCaseMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  toAgencyId: string | number;
  reason: string;
}>;


export type TransferCaseMutation = { transferCase: { id: string, version: number | null, stage: CaseStage | null } | null };

export type SetDdpConditionsMutationVariables = Exact<{
  input: DdpConditionsInput;
}>;


export type SetDdpConditionsMutation = { setDdpConditions: { id: string, version: number | null, stage: CaseStage | null } | null };

export type AddPanelMemberMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  agencyId: string | number;
}>;


export type AddPanelMemberMutation = { addPanelMember: { id: string, version: number | null, stage: CaseStage | null } | null };

export type RemovePanelMemberMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  agencyId: string | number;
}>;


export type RemovePanelMemberMutation = { removePanelMember: { id: string, version: number | null, stage: CaseStage | null } | null };

export type AgreeSupportPlanMutationVariables = Exact<{
  input: SupportPlanInput;
}>;


export type AgreeSupportPlanMutation = { agreeSupportPlan: { id: string, version: number | null, stage: CaseStage | null } | null };

export type RecordVulnerabilityAssessmentMutationVariables = Exact<{
  input: VulnerabilityAssessmentInput;
}>;


export type RecordVulnerabilityAssessmentMutation = { recordVulnerabilityAssessment: { id: string, version: number | null, stage: CaseStage | null } | null };

export type CaseForWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForWorkQuery = { case: { id: string, reference: string | null, programme: Programme | null, stage: CaseStage | null, version: number | null, outcome: CaseOutcome | null, leadAgency: { id: string, name: string } | null, panelMembers: Array<{ id: string, name: string }> | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null } | null, screening: { decision: ScreeningDecision | null } | null, vulnerabilityAssessment: { assessedAt: string | null, factors: Array<{ domain: VafDomain | null, code: string | null, rating: VafRating | null, note: string | null }> | null } | null, supportPlan: { agreedAt: string | null, consentGiven: boolean | null, parentalConsent: boolean | null, interventions: Array<{ kind: InterventionKind | null, provider: string | null, commissioningStatus: CommissioningStatus | null }> | null } | null, reviews: Array<{ id: string, kind: ReviewKind | null, dueOn: string | null, heldOn: string | null }> | null, ddpConditions: { conditionType: DdpConditionType | null, mappaLevel: number | null, startsOn: string | null, endsOn: string | null, managingAgency: { id: string, name: string } | null } | null } | null };

export type CaseWorkAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseWorkAgenciesQuery = { agencies: Array<{ id: string, name: string, kind: AgencyKind }> };

export type CaseloadAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadAgenciesQuery = { agencies: Array<{ id: string, name: string, kind: AgencyKind }> };

export type CaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  programme?: Programme | null | undefined;
  leadAgencyId?: string | number | null | undefined;
  referredFrom?: string | null | undefined;
  referredTo?: string | null | undefined;
  withConcern: boolean;
}>;


export type CaseloadQuery = { referral: { totalCount: number } | null, screening: { totalCount: number } | null, panel: { totalCount: number } | null, support: { totalCount: number } | null, review: { totalCount: number } | null, closed: { totalCount: number } | null, page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string | null, stage: CaseStage | null, referredAt: string | null, typeOfConcern?: TypeOfConcern | null, leadAgency: { id: string, name: string } | null, subject: { id: string, givenName: string | null, familyName: string | null } | null } }> } | null };

export type CaseByReferenceQueryVariables = Exact<{
  reference: string;
}>;


export type CaseByReferenceQuery = { caseByReference: { id: string, reference: string | null } | null };

export type DpoAuditChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DpoAuditChainStatusQuery = { auditChainStatus: { checkedAt: string, intact: boolean, chains: Array<{ subgraph: string, state: AuditChainState, records: number | null, problem: string | null, startedAt: string | null, finishedAt: string | null, firstBroken: { recordId: string, seq: number, reason: string } | null }> } | null };

export type DpoLatestRecordQueryVariables = Exact<{ [key: string]: never; }>;


export type DpoLatestRecordQuery = { disclosures: { edges: Array<{ node: { id: string, recordedAt: string } }> } | null };

export type DpoAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DpoAgenciesQuery = { agencies: Array<{ id: string, name: string }> };

export type DpoDisclosuresQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DpoDisclosuresQuery = { disclosures: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, subgraph: string, seq: number, action: string, recordedAt: string, requestId: string, operationName: string | null, userId: string, roles: Array<string>, purpose: string | null, purposeCase: string | null, purposePerson: string | null, agency: { id: string, name: string }, entries: Array<{ entityType: string, entityId: string, subjectId: string | null, fields: Array<string> }> } }> } | null };

export type DpoSubjectAccessQueryVariables = Exact<{
  personId: string | number;
}>;


export type DpoSubjectAccessQuery = { person: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, gender: Gender | null, postcode: string | null, town: string | null, immigrationStatus: { status: ImmigrationStatusKind | null, recordedAt: string | null } | null, cases: Array<{ id: string, reference: string | null, programme: Programme | null, stage: CaseStage | null, typeOfConcern: TypeOfConcern | null, referringSector: ReferringSector | null, referredAt: string | null, firstPanelAt: string | null, outcome: CaseOutcome | null, closedAt: string | null, version: number | null, consentToSupport: ConsentToSupport | null, mentalHealthConcern: MentalHealthConcern | null, ethnicity: Ethnicity | null, leadAgency: { id: string, name: string } | null, referringAgency: { id: string, name: string } | null, panelMembers: Array<{ id: string, name: string }> | null, screening: { decision: ScreeningDecision | null, reason: string | null, decidedAt: string | null, decidedBy: { id: string, name: string } | null } | null, vulnerabilityAssessment: { assessedAt: string | null, assessedBy: { id: string, name: string } | null, factors: Array<{ domain: VafDomain | null, code: string | null, rating: VafRating | null, note: string | null }> | null } | null, ctRiskAssessment: { level: CtRiskLevel | null, summary: string | null, assessedAt: string | null, assessedBy: { id: string, name: string } | null } | null, healthInformation: { summary: string | null, recordedAt: string | null, providedBy: { id: string, name: string } | null } | null, ddpConditions: { conditionType: DdpConditionType | null, mappaLevel: number | null, startsOn: string | null, endsOn: string | null, managingAgency: { id: string, name: string } | null } | null, supportPlan: { agreedAt: string | null, consentGiven: boolean | null, parentalConsent: boolean | null, interventions: Array<{ kind: InterventionKind | null, provider: string | null, commissioningStatus: CommissioningStatus | null }> | null } | null, reviews: Array<{ id: string, kind: ReviewKind | null, dueOn: string | null, heldOn: string | null, summary: string | null }> | null, immigrationQueries: Array<{ id: string, question: string | null, status: ImmigrationQueryStatus | null, answer: string | null, raisedAt: string | null, answeredAt: string | null, raisedByAgency: { id: string, name: string } | null, contact: { id: string, name: string, region: Region } | null }> | null }> | null } | null };

export type DpoSubjectAccessTrailQueryVariables = Exact<{
  personId: string | number;
  after?: string | null | undefined;
}>;


export type DpoSubjectAccessTrailQuery = { disclosures: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subgraph: string, action: string, recordedAt: string, requestId: string, operationName: string | null, userId: string, roles: Array<string>, purpose: string | null, purposeCase: string | null, agency: { id: string, name: string }, entries: Array<{ entityType: string, entityId: string, subjectId: string | null, fields: Array<string> }> } }> } | null };

export type DpoRecentSubjectAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type DpoRecentSubjectAccessQuery = { disclosures: { edges: Array<{ node: { id: string, recordedAt: string, userId: string, purposePerson: string | null } }> } | null };

export type ImmigrationQuestionsQueryVariables = Exact<{
  first: number;
}>;


export type ImmigrationQuestionsQuery = { immigrationQueries: Array<{ id: string, question: string | null, status: ImmigrationQueryStatus | null, answer: string | null, raisedAt: string | null, answeredAt: string | null, case: { id: string, reference: string | null } | null, subject: { id: string, givenName: string | null, familyName: string | null, immigrationStatus: { status: ImmigrationStatusKind | null } | null } | null, raisedByAgency: { id: string, name: string } | null, contact: { id: string, name: string, region: Region } | null }> | null };

export type ImmigrationQuestionQueryVariables = Exact<{
  id: string | number;
}>;


export type ImmigrationQuestionQuery = { immigrationQuery: { id: string, question: string | null, status: ImmigrationQueryStatus | null, answer: string | null, raisedAt: string | null, answeredAt: string | null, case: { id: string, reference: string | null } | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, immigrationStatus: { status: ImmigrationStatusKind | null, recordedAt: string | null } | null } | null, raisedBy: { id: string, name: string } | null, raisedByAgency: { id: string, name: string } | null, contact: { id: string, name: string, region: Region } | null } | null };

export type AnswerImmigrationQuestionMutationVariables = Exact<{
  queryId: string | number;
  status: ImmigrationStatusKind;
  answer: string;
}>;


export type AnswerImmigrationQuestionMutation = { answerImmigrationQuestion: { id: string, status: ImmigrationQueryStatus | null } | null };

export type WithdrawImmigrationQuestionMutationVariables = Exact<{
  queryId: string | number;
}>;


export type WithdrawImmigrationQuestionMutation = { withdrawImmigrationQuestion: { id: string, status: ImmigrationQueryStatus | null } | null };

export type CaseForImmigrationQuestionQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForImmigrationQuestionQuery = { case: { id: string, reference: string | null, stage: CaseStage | null, leadAgency: { id: string, name: string, region: Region } | null, subject: { id: string, givenName: string | null, familyName: string | null } | null } | null };

export type ImmigrationContactDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ImmigrationContactDirectoryQuery = { immigrationContacts: Array<{ id: string, name: string, region: Region, email: string, phone: string }> };

export type RaiseImmigrationQuestionMutationVariables = Exact<{
  caseId: string | number;
  question: string;
}>;


export type RaiseImmigrationQuestionMutation = { raiseImmigrationQuestion: { id: string, status: ImmigrationQueryStatus | null } | null };

export type ReferralAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralAgenciesQuery = { agencies: Array<{ id: string, name: string }> };

export type ReferralKnownPersonQueryVariables = Exact<{
  reference: string;
}>;


export type ReferralKnownPersonQuery = { caseByReference: { id: string, reference: string | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null } | null } | null };

export type ReferCaseMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferCaseMutation = { referCase: { id: string, reference: string | null } | null };

export const BoardStatisticsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardStatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"rolloutPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringSector"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"consentToSupport"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthConcern"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedAtPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noFurtherAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signposted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedThroughChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAfterSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToScreeningDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<BoardStatisticsRowFragment, unknown>;
export const BoardRolloutDocument = {"__meta__":{"hash":"sha256:03e3f9fa0634a8d5649d5bff4edbf6df2ec5a1a9723ff2a7c39e1aab4ba20586"}} as unknown as DocumentNode<BoardRolloutQuery, BoardRolloutQueryVariables>;
export const BoardStatisticsOptionsDocument = {"__meta__":{"hash":"sha256:4d5f34c26bdcabc2c45ddb0f40e7cca1fe68e43a6939c2e89e0aad924a77b161"}} as unknown as DocumentNode<BoardStatisticsOptionsQuery, BoardStatisticsOptionsQueryVariables>;
export const BoardStatisticsDocument = {"__meta__":{"hash":"sha256:5b3d64c7d0510a1793e0e44171ef4f0e0fda01920fd3dde15a06b51424deeb01"}} as unknown as DocumentNode<BoardStatisticsQuery, BoardStatisticsQueryVariables>;
export const BoardStatisticsTrendDocument = {"__meta__":{"hash":"sha256:cc3fd91131a4eaf27e6da10ac3aae9f9092bc20e5c8cc7bb5d9ccf67692bf22e"}} as unknown as DocumentNode<BoardStatisticsTrendQuery, BoardStatisticsTrendQueryVariables>;
export const CaseDetailDocument = {"__meta__":{"hash":"sha256:1b17b182be777116ab6e162a43bbfebf08f0ee63c2455722608fca5ef95d58ef"}} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const AcceptForScreeningDocument = {"__meta__":{"hash":"sha256:903311e2e2242d28650dfaf683376266b90aad66aecdd6b4117ed5832354cb98"}} as unknown as DocumentNode<AcceptForScreeningMutation, AcceptForScreeningMutationVariables>;
export const RecordScreeningDecisionDocument = {"__meta__":{"hash":"sha256:aea105ca9c8d90f372ea8359d5ed1c2ab622fe2bcc38528d1ec379de61c72ef6"}} as unknown as DocumentNode<RecordScreeningDecisionMutation, RecordScreeningDecisionMutationVariables>;
export const RecordReviewDocument = {"__meta__":{"hash":"sha256:d3fa016f58513129ff5e188e21a9950adbc887a586179d12d8cfcef539adef44"}} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const CloseCaseDocument = {"__meta__":{"hash":"sha256:15d19c2a4eee33da19c4cdd75981b02df20b1eeff693f02919345284e4a83117"}} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const TransferCaseDocument = {"__meta__":{"hash":"sha256:cd21b0b64c69b819cf6d6fecff30bc265f963519696c18e8deff4c0beac009ea"}} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;
export const SetDdpConditionsDocument = {"__meta__":{"hash":"sha256:2397137f9c4320f67a2067a7065bf1af428bf3ade08db22756c341c65a71d2b0"}} as unknown as DocumentNode<SetDdpConditionsMutation, SetDdpConditionsMutationVariables>;
export const AddPanelMemberDocument = {"__meta__":{"hash":"sha256:e199a26b913729f7ecb0e956ea31040d1a559f5b8bbb127888c1f8fb91483e88"}} as unknown as DocumentNode<AddPanelMemberMutation, AddPanelMemberMutationVariables>;
export const RemovePanelMemberDocument = {"__meta__":{"hash":"sha256:04929f363f23e2090c3a00a596913fe4f6cbb56c3c924d0bf354812e965cf34a"}} as unknown as DocumentNode<RemovePanelMemberMutation, RemovePanelMemberMutationVariables>;
export const AgreeSupportPlanDocument = {"__meta__":{"hash":"sha256:8a8538edfd918e8f3be880d8026eca41ed6c60137553deeebfecbc1cce3ee539"}} as unknown as DocumentNode<AgreeSupportPlanMutation, AgreeSupportPlanMutationVariables>;
export const RecordVulnerabilityAssessmentDocument = {"__meta__":{"hash":"sha256:736be3e57834144a68046c7020f57ad4af472a61bd17532ff682d7e33b980adf"}} as unknown as DocumentNode<RecordVulnerabilityAssessmentMutation, RecordVulnerabilityAssessmentMutationVariables>;
export const CaseForWorkDocument = {"__meta__":{"hash":"sha256:4cc8fe55bbb4bf6e52fb4a4697670a2a4fd40986642684cf5233d6b6bc085027"}} as unknown as DocumentNode<CaseForWorkQuery, CaseForWorkQueryVariables>;
export const CaseWorkAgenciesDocument = {"__meta__":{"hash":"sha256:c87b03207b34bc1e17959f31aa8154e25adef865126a88ebe9724ffea7e23538"}} as unknown as DocumentNode<CaseWorkAgenciesQuery, CaseWorkAgenciesQueryVariables>;
export const CaseloadAgenciesDocument = {"__meta__":{"hash":"sha256:68bccbe3b6f9216075d984b226a80215c10301f6814432c60e755cfc58180164"}} as unknown as DocumentNode<CaseloadAgenciesQuery, CaseloadAgenciesQueryVariables>;
export const CaseloadDocument = {"__meta__":{"hash":"sha256:07fc841eb6c0ada4bdb2e7fead8abb9e84d3b51b354e946c20cd4e647895e936"}} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CaseByReferenceDocument = {"__meta__":{"hash":"sha256:6c33de2bcbf7acdfca673e8388130c6b57e2f22a9eb904586f73c5dd20eb9a35"}} as unknown as DocumentNode<CaseByReferenceQuery, CaseByReferenceQueryVariables>;
export const DpoAuditChainStatusDocument = {"__meta__":{"hash":"sha256:e3f1581809121872388ec21e43b8bb619208aca0c3c555b9da9ff45a3512c8fd"}} as unknown as DocumentNode<DpoAuditChainStatusQuery, DpoAuditChainStatusQueryVariables>;
export const DpoLatestRecordDocument = {"__meta__":{"hash":"sha256:04ce9f61cb8429d3d60eaa4acf3e6873983b7a1ca930c9b44b087a319fb7ba37"}} as unknown as DocumentNode<DpoLatestRecordQuery, DpoLatestRecordQueryVariables>;
export const DpoAgenciesDocument = {"__meta__":{"hash":"sha256:74ba9a52f15b919374f0643b9721bfedce9bb25a58437b218542b95c55b6741f"}} as unknown as DocumentNode<DpoAgenciesQuery, DpoAgenciesQueryVariables>;
export const DpoDisclosuresDocument = {"__meta__":{"hash":"sha256:e8ee040045277c5b60afd609b491e2f4469d2c59847d490611d0ef9672396703"}} as unknown as DocumentNode<DpoDisclosuresQuery, DpoDisclosuresQueryVariables>;
export const DpoSubjectAccessDocument = {"__meta__":{"hash":"sha256:e1a23bf312b424abd1b757adf8263bec4488a49c1aa50d9617f7dd723ff4dce0"}} as unknown as DocumentNode<DpoSubjectAccessQuery, DpoSubjectAccessQueryVariables>;
export const DpoSubjectAccessTrailDocument = {"__meta__":{"hash":"sha256:d8bd74d678e2975175ba5cac439e977a10c2a912e1db7b7756cd779c10430a33"}} as unknown as DocumentNode<DpoSubjectAccessTrailQuery, DpoSubjectAccessTrailQueryVariables>;
export const DpoRecentSubjectAccessDocument = {"__meta__":{"hash":"sha256:78f637f42a5e4be3844bc1e16531736971a409735269f13ac515d56c89377c59"}} as unknown as DocumentNode<DpoRecentSubjectAccessQuery, DpoRecentSubjectAccessQueryVariables>;
export const ImmigrationQuestionsDocument = {"__meta__":{"hash":"sha256:fee3f7e5cb93cad8c1e7947c8645e1847ee3191656a1889ce715b0e6754882c4"}} as unknown as DocumentNode<ImmigrationQuestionsQuery, ImmigrationQuestionsQueryVariables>;
export const ImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:7eceebc166a20aa8d6de94b36233daed8cc2619fd66364d88683630d0b00c15f"}} as unknown as DocumentNode<ImmigrationQuestionQuery, ImmigrationQuestionQueryVariables>;
export const AnswerImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:abd861f3c4348438926419b356829ece2fb2ed3821fa301158fdf7372a51d6eb"}} as unknown as DocumentNode<AnswerImmigrationQuestionMutation, AnswerImmigrationQuestionMutationVariables>;
export const WithdrawImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:f74c909042bf81821d675521238c8bd2773341c5424472f6a0a4614a97c036c8"}} as unknown as DocumentNode<WithdrawImmigrationQuestionMutation, WithdrawImmigrationQuestionMutationVariables>;
export const CaseForImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:9354b160c37a70276ca019652a880c1ae5a4606595cf07f1f5fb7302bad0fe5c"}} as unknown as DocumentNode<CaseForImmigrationQuestionQuery, CaseForImmigrationQuestionQueryVariables>;
export const ImmigrationContactDirectoryDocument = {"__meta__":{"hash":"sha256:cc1c3ba22bb8c1d9858773e17670096cd641af3f492d95b06677b5f093caf586"}} as unknown as DocumentNode<ImmigrationContactDirectoryQuery, ImmigrationContactDirectoryQueryVariables>;
export const RaiseImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:ed492b6981329643edcd5d6295c491d9405f1b004d8665dee02ccf46515c926b"}} as unknown as DocumentNode<RaiseImmigrationQuestionMutation, RaiseImmigrationQuestionMutationVariables>;
export const ReferralAgenciesDocument = {"__meta__":{"hash":"sha256:d09feb1cdd8c8e42da915e5d19290936ab6acbdbd55ad437007d9e2d83a23d3a"}} as unknown as DocumentNode<ReferralAgenciesQuery, ReferralAgenciesQueryVariables>;
export const ReferralKnownPersonDocument = {"__meta__":{"hash":"sha256:72e2b23e89afbd0d8944f2f8ce02816d6b84d68de574a4a066a03ff67328dced"}} as unknown as DocumentNode<ReferralKnownPersonQuery, ReferralKnownPersonQueryVariables>;
export const ReferCaseDocument = {"__meta__":{"hash":"sha256:54496aba104a81253bb54a2d5b400d4f281e5fa7812da5c285fb59385a4fb1f8"}} as unknown as DocumentNode<ReferCaseMutation, ReferCaseMutationVariables>;