/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CasePanelViewQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePanelViewQuery = { case: { id: string, reference: string | null, programme: Programme | null, stage: CaseStage | null, typeOfConcern: TypeOfConcern | null, referringSector: ReferringSector | null, referredAt: string | null, firstPanelAt: string | null, version: number | null, leadAgency: { id: string, name: string } | null, referringAgency: { id: string, name: string } | null, panelMembers: Array<{ id: string, name: string, kind: AgencyKind }> | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, town: string | null } | null, screening: { decision: ScreeningDecision | null, reason: string | null, decidedAt: string | null } | null, vulnerabilityAssessment: { assessedAt: string | null, factors: Array<{ domain: VafDomain | null, code: string | null, rating: VafRating | null }> | null } | null, supportPlan: { agreedAt: string | null, consentGiven: boolean | null, interventions: Array<{ kind: InterventionKind | null, provider: string | null, commissioningStatus: CommissioningStatus | null }> | null } | null, reviews: Array<{ id: string, kind: ReviewKind | null, dueOn: string | null, heldOn: string | null }> | null } | null };

export type MyCaseloadByStageQueryVariables = Exact<{
  stage: CaseStage;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCaseloadByStageQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string | null, programme: Programme | null, stage: CaseStage | null, typeOfConcern: TypeOfConcern | null, referredAt: string | null, version: number | null, leadAgency: { id: string, name: string } | null, subject: { id: string, givenName: string | null, familyName: string | null } | null } }> } | null };

export type DisclosureSearchQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type DisclosureSearchQuery = { disclosures: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subgraph: string, action: string, recordedAt: string, operationName: string | null, userId: string, roles: Array<string>, purpose: string | null, purposeCase: string | null, agency: { id: string, name: string }, entries: Array<{ entityType: string, entityId: string, subjectId: string | null, fields: Array<string> }> } }> } | null };

export type PanelAgendaQueryVariables = Exact<{
  leadAgencyId: string | number;
  first?: number | null | undefined;
}>;


export type PanelAgendaQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, reference: string | null, stage: CaseStage | null, firstPanelAt: string | null, subject: { givenName: string | null, familyName: string | null } | null, panelMembers: Array<{ id: string, name: string }> | null, reviews: Array<{ kind: ReviewKind | null, dueOn: string | null, heldOn: string | null }> | null } }> } | null };

export type PendingImmigrationQuestionsQueryVariables = Exact<{
  first?: number;
}>;


export type PendingImmigrationQuestionsQuery = { immigrationQueries: Array<{ id: string, question: string | null, status: ImmigrationQueryStatus | null, raisedAt: string | null, raisedByAgency: { id: string, name: string } | null, contact: { id: string, name: string, region: Region } | null, subject: { id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null } | null }> | null };

export type RolloutProgressByPhaseQueryVariables = Exact<{
  period: string;
}>;


export type RolloutProgressByPhaseQuery = { rolloutPhases: Array<{ id: string, name: string, ordinal: number, startsOn: string, endsOn: string | null, memberships: Array<{ joinedOn: string, agency: { id: string, name: string } }>, qualityAssuranceReviews: Array<{ id: string, reviewedOn: string, rating: AssuranceRating, agency: { id: string } }>, statistics: { disclosureControl: DisclosureControl, total: { referrals: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean } } } | null }> };

export type StatisticsFunnelByRegionQueryVariables = Exact<{
  period: string;
}>;


export type StatisticsFunnelByRegionQuery = { preventStatistics: { period: string, periodStart: string, periodEnd: string, provisional: boolean, disclosureControl: DisclosureControl, suppressionThreshold: number, computedAt: string, total: { referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } }, rows: Array<{ region: Region | null, referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } }> } | null };

export type FunnelFragment = { referrals: { value: number | null, suppressed: boolean }, discussedAtPanel: { value: number | null, suppressed: boolean }, adoptedAsChannelCase: { value: number | null, suppressed: boolean }, noFurtherAction: { value: number | null, suppressed: boolean }, signposted: { value: number | null, suppressed: boolean }, supportedThroughChannel: { value: number | null, suppressed: boolean }, closedAfterSupport: { value: number | null, suppressed: boolean }, ddpCaseload: { value: number | null, suppressed: boolean }, panelRate: { value: number | null, suppressed: boolean }, medianDaysToScreeningDecision: { days: number | null, suppressed: boolean }, medianDaysToFirstPanel: { days: number | null, suppressed: boolean } };

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

export const FunnelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Funnel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedAtPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noFurtherAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signposted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedThroughChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAfterSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToScreeningDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FunnelFragment, unknown>;
export const CasePanelViewDocument = {"__meta__":{"hash":"sha256:10d97388c12579438c4a27747c3140b2e1cb87d32588de6dfbdb8087e19186a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePanelView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"referringSector"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstPanelAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vulnerabilityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"commissioningStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<CasePanelViewQuery, CasePanelViewQueryVariables>;
export const MyCaseloadByStageDocument = {"__meta__":{"hash":"sha256:6d01462a861f4910734cc63d33eb777d2b3a1182fca01aa6b8c756e998b2f5bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseloadByStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseloadByStageQuery, MyCaseloadByStageQueryVariables>;
export const DisclosureSearchDocument = {"__meta__":{"hash":"sha256:f135c2306717c44a6f4e3b763f9faa43b6b55947d72959e0c453d92a3ff762c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCase"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureSearchQuery, DisclosureSearchQueryVariables>;
export const PanelAgendaDocument = {"__meta__":{"hash":"sha256:4e4afa247ee72412e02714b0d7ca0941c84e917fc5b1619679968900c335157c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PanelAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PANEL"},{"kind":"EnumValue","value":"SUPPORT"},{"kind":"EnumValue","value":"REVIEW"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"firstPanelAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PanelAgendaQuery, PanelAgendaQueryVariables>;
export const PendingImmigrationQuestionsDocument = {"__meta__":{"hash":"sha256:e8e4e8a279c0faf7f72df4652ff3b784a5cb361c15902498babb3f9da9078722"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingImmigrationQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immigrationQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]} as unknown as DocumentNode<PendingImmigrationQuestionsQuery, PendingImmigrationQuestionsQueryVariables>;
export const RolloutProgressByPhaseDocument = {"__meta__":{"hash":"sha256:f1e82d43b1eaddf522a264d533cfc1a4a6ecaced30fd35f326500b206fae30ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloutProgressByPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloutPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssuranceReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureControl"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolloutProgressByPhaseQuery, RolloutProgressByPhaseQueryVariables>;
export const StatisticsFunnelByRegionDocument = {"__meta__":{"hash":"sha256:8d11ca8d81bb9cec1cbc0b47573cd1aee56973d7830765de57ae2266af879649"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsFunnelByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preventStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureControl"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Funnel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Funnel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Funnel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedAtPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noFurtherAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signposted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedThroughChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAfterSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToScreeningDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<StatisticsFunnelByRegionQuery, StatisticsFunnelByRegionQueryVariables>;
export const CaseDetailDocument = {"__meta__":{"hash":"sha256:1b17b182be777116ab6e162a43bbfebf08f0ee63c2455722608fca5ef95d58ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"referringSector"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstPanelAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"immigrationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vulnerabilityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ctRiskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionType"}},{"kind":"Field","name":{"kind":"Name","value":"mappaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"managingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"parentalConsent"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"commissioningStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"immigrationQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const AcceptForScreeningDocument = {"__meta__":{"hash":"sha256:903311e2e2242d28650dfaf683376266b90aad66aecdd6b4117ed5832354cb98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptForScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptForScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AcceptForScreeningMutation, AcceptForScreeningMutationVariables>;
export const RecordScreeningDecisionDocument = {"__meta__":{"hash":"sha256:aea105ca9c8d90f372ea8359d5ed1c2ab622fe2bcc38528d1ec379de61c72ef6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordScreeningDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScreeningDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordScreeningDecisionMutation, RecordScreeningDecisionMutationVariables>;
export const RecordReviewDocument = {"__meta__":{"hash":"sha256:d3fa016f58513129ff5e188e21a9950adbc887a586179d12d8cfcef539adef44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const CloseCaseDocument = {"__meta__":{"hash":"sha256:15d19c2a4eee33da19c4cdd75981b02df20b1eeff693f02919345284e4a83117"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const TransferCaseDocument = {"__meta__":{"hash":"sha256:cd21b0b64c69b819cf6d6fecff30bc265f963519696c18e8deff4c0beac009ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toAgencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"toAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;
export const SetDdpConditionsDocument = {"__meta__":{"hash":"sha256:2397137f9c4320f67a2067a7065bf1af428bf3ade08db22756c341c65a71d2b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDdpConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DdpConditionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDdpConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<SetDdpConditionsMutation, SetDdpConditionsMutationVariables>;
export const AddPanelMemberDocument = {"__meta__":{"hash":"sha256:e199a26b913729f7ecb0e956ea31040d1a559f5b8bbb127888c1f8fb91483e88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AddPanelMemberMutation, AddPanelMemberMutationVariables>;
export const RemovePanelMemberDocument = {"__meta__":{"hash":"sha256:04929f363f23e2090c3a00a596913fe4f6cbb56c3c924d0bf354812e965cf34a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RemovePanelMemberMutation, RemovePanelMemberMutationVariables>;
export const AgreeSupportPlanDocument = {"__meta__":{"hash":"sha256:8a8538edfd918e8f3be880d8026eca41ed6c60137553deeebfecbc1cce3ee539"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AgreeSupportPlanMutation, AgreeSupportPlanMutationVariables>;
export const RecordVulnerabilityAssessmentDocument = {"__meta__":{"hash":"sha256:736be3e57834144a68046c7020f57ad4af472a61bd17532ff682d7e33b980adf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVulnerabilityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VulnerabilityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVulnerabilityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordVulnerabilityAssessmentMutation, RecordVulnerabilityAssessmentMutationVariables>;
export const CaseForWorkDocument = {"__meta__":{"hash":"sha256:4cc8fe55bbb4bf6e52fb4a4697670a2a4fd40986642684cf5233d6b6bc085027"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vulnerabilityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"parentalConsent"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"commissioningStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionType"}},{"kind":"Field","name":{"kind":"Name","value":"mappaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"managingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseForWorkQuery, CaseForWorkQueryVariables>;
export const CaseWorkAgenciesDocument = {"__meta__":{"hash":"sha256:c87b03207b34bc1e17959f31aa8154e25adef865126a88ebe9724ffea7e23538"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWorkAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CaseWorkAgenciesQuery, CaseWorkAgenciesQueryVariables>;
export const CaseloadAgenciesDocument = {"__meta__":{"hash":"sha256:68bccbe3b6f9216075d984b226a80215c10301f6814432c60e755cfc58180164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CaseloadAgenciesQuery, CaseloadAgenciesQueryVariables>;
export const CaseloadDocument = {"__meta__":{"hash":"sha256:07fc841eb6c0ada4bdb2e7fead8abb9e84d3b51b354e946c20cd4e647895e936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withConcern"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"REFERRAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"screening"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"SCREENING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"panel"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"PANEL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"support"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"SUPPORT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"review"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"REVIEW"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referredTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withConcern"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CaseByReferenceDocument = {"__meta__":{"hash":"sha256:6c33de2bcbf7acdfca673e8388130c6b57e2f22a9eb904586f73c5dd20eb9a35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<CaseByReferenceQuery, CaseByReferenceQueryVariables>;
export const ImmigrationQuestionsDocument = {"__meta__":{"hash":"sha256:fee3f7e5cb93cad8c1e7947c8645e1847ee3191656a1889ce715b0e6754882c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImmigrationQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immigrationQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"immigrationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<ImmigrationQuestionsQuery, ImmigrationQuestionsQueryVariables>;
export const ImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:7eceebc166a20aa8d6de94b36233daed8cc2619fd66364d88683630d0b00c15f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImmigrationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immigrationQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"immigrationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<ImmigrationQuestionQuery, ImmigrationQuestionQueryVariables>;
export const AnswerImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:abd861f3c4348438926419b356829ece2fb2ed3821fa301158fdf7372a51d6eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerImmigrationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImmigrationStatusKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerImmigrationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerImmigrationQuestionMutation, AnswerImmigrationQuestionMutationVariables>;
export const WithdrawImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:f74c909042bf81821d675521238c8bd2773341c5424472f6a0a4614a97c036c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawImmigrationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawImmigrationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawImmigrationQuestionMutation, WithdrawImmigrationQuestionMutationVariables>;
export const CaseForImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:9354b160c37a70276ca019652a880c1ae5a4606595cf07f1f5fb7302bad0fe5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForImmigrationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<CaseForImmigrationQuestionQuery, CaseForImmigrationQuestionQueryVariables>;
export const ImmigrationContactDirectoryDocument = {"__meta__":{"hash":"sha256:cc1c3ba22bb8c1d9858773e17670096cd641af3f492d95b06677b5f093caf586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImmigrationContactDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immigrationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ImmigrationContactDirectoryQuery, ImmigrationContactDirectoryQueryVariables>;
export const RaiseImmigrationQuestionDocument = {"__meta__":{"hash":"sha256:ed492b6981329643edcd5d6295c491d9405f1b004d8665dee02ccf46515c926b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseImmigrationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseImmigrationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"question"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RaiseImmigrationQuestionMutation, RaiseImmigrationQuestionMutationVariables>;
export const ReferralAgenciesDocument = {"__meta__":{"hash":"sha256:d09feb1cdd8c8e42da915e5d19290936ab6acbdbd55ad437007d9e2d83a23d3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LOCAL_AUTHORITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralAgenciesQuery, ReferralAgenciesQueryVariables>;
export const ReferralKnownPersonDocument = {"__meta__":{"hash":"sha256:72e2b23e89afbd0d8944f2f8ce02816d6b84d68de574a4a066a03ff67328dced"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralKnownPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralKnownPersonQuery, ReferralKnownPersonQueryVariables>;
export const ReferCaseDocument = {"__meta__":{"hash":"sha256:54496aba104a81253bb54a2d5b400d4f281e5fa7812da5c285fb59385a4fb1f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<ReferCaseMutation, ReferCaseMutationVariables>;