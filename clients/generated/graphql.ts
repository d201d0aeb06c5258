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

export type ImmigrationQueryStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'WITHDRAWN';

export type InterventionKind =
  | 'DIVERSIONARY_ACTIVITIES'
  | 'EDUCATION_TRAINING'
  | 'EMPLOYMENT'
  | 'FAMILY_SUPPORT'
  | 'HOUSING'
  | 'IDEOLOGICAL_MENTORING'
  | 'LIFE_SKILLS'
  | 'MENTAL_HEALTH';

/** CHANNEL (voluntary support) or DDP (Desistance and Disengagement Programme). */
export type Programme =
  | 'CHANNEL'
  | 'DDP';

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

export type ReviewKind =
  | 'SIX_MONTH'
  | 'TWELVE_MONTH';

export type ScreeningDecision =
  | 'ADOPTED_TO_PANEL'
  | 'NO_FURTHER_ACTION'
  | 'SIGNPOSTED';

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

export type VafRating =
  | 'HIGH'
  | 'LOW'
  | 'MODERATE'
  | 'NOT_PRESENT';

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

export const FunnelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Funnel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedAtPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noFurtherAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signposted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedThroughChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAfterSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToScreeningDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FunnelFragment, unknown>;
export const CasePanelViewDocument = {"__meta__":{"hash":"sha256:10d97388c12579438c4a27747c3140b2e1cb87d32588de6dfbdb8087e19186a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePanelView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"referringSector"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstPanelAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vulnerabilityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"commissioningStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<CasePanelViewQuery, CasePanelViewQueryVariables>;
export const MyCaseloadByStageDocument = {"__meta__":{"hash":"sha256:6d01462a861f4910734cc63d33eb777d2b3a1182fca01aa6b8c756e998b2f5bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseloadByStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfConcern"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseloadByStageQuery, MyCaseloadByStageQueryVariables>;
export const DisclosureSearchDocument = {"__meta__":{"hash":"sha256:f135c2306717c44a6f4e3b763f9faa43b6b55947d72959e0c453d92a3ff762c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCase"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureSearchQuery, DisclosureSearchQueryVariables>;
export const PanelAgendaDocument = {"__meta__":{"hash":"sha256:4e4afa247ee72412e02714b0d7ca0941c84e917fc5b1619679968900c335157c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PanelAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadAgencyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PANEL"},{"kind":"EnumValue","value":"SUPPORT"},{"kind":"EnumValue","value":"REVIEW"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"firstPanelAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PanelAgendaQuery, PanelAgendaQueryVariables>;
export const PendingImmigrationQuestionsDocument = {"__meta__":{"hash":"sha256:e8e4e8a279c0faf7f72df4652ff3b784a5cb361c15902498babb3f9da9078722"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingImmigrationQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immigrationQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]} as unknown as DocumentNode<PendingImmigrationQuestionsQuery, PendingImmigrationQuestionsQueryVariables>;
export const RolloutProgressByPhaseDocument = {"__meta__":{"hash":"sha256:f1e82d43b1eaddf522a264d533cfc1a4a6ecaced30fd35f326500b206fae30ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloutProgressByPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloutPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssuranceReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureControl"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RolloutProgressByPhaseQuery, RolloutProgressByPhaseQueryVariables>;
export const StatisticsFunnelByRegionDocument = {"__meta__":{"hash":"sha256:8d11ca8d81bb9cec1cbc0b47573cd1aee56973d7830765de57ae2266af879649"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsFunnelByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preventStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"disclosureControl"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Funnel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Funnel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Funnel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedAtPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAsChannelCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noFurtherAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signposted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedThroughChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAfterSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ddpCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToScreeningDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<StatisticsFunnelByRegionQuery, StatisticsFunnelByRegionQueryVariables>;