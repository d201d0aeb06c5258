import type {
  AgencyKind,
  AssuranceRating,
  BoardMemberRole,
  CaseOutcome,
  CaseStage,
  CommissioningStatus,
  ConsentToSupport,
  CtRiskLevel,
  DdpConditionType,
  DecisionStatus,
  Ethnicity,
  Gender,
  ImmigrationQueryStatus,
  ImmigrationStatusKind,
  InterventionKind,
  MentalHealthConcern,
  PractitionerRole,
  SharedDataCategory,
  Programme,
  ReferringSector,
  Region,
  ReviewKind,
  ScreeningDecision,
  TypeOfConcern,
  VafDomain,
  VafRating,
} from "../common/domain";

/**
 * The synthetic world every subgraph seeds its own part of. Dates are ISO strings
 * (`YYYY-MM-DD` for calendar dates, full ISO for instants). Nothing here is a real person.
 */

export interface SeedAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  region: Region;
}

export interface SeedPractitioner {
  id: string;
  name: string;
  email: string;
  agencyId: string;
  roles: PractitionerRole[];
}

export interface SeedPerson {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: Gender;
  postcode: string;
  town: string;
}

export interface SeedVafFactor {
  domain: VafDomain;
  code: string;
  rating: VafRating;
  note: string;
}

export interface SeedCase {
  id: string;
  reference: string;
  programme: Programme;
  stage: CaseStage;
  typeOfConcern: TypeOfConcern;
  referringSector: ReferringSector;
  referredAt: string;
  referringAgencyId: string;
  leadAgencyId: string;
  /** The lead authority's region. */
  region: Region;
  subjectId: string;
  /** The 2024/25 release's breakdowns: recorded at referral (ethnicity, mental health) or at the panel. */
  consentToSupport: ConsentToSupport;
  mentalHealthConcern: MentalHealthConcern;
  ethnicity: Ethnicity;
  panelMemberAgencyIds: string[];
  screening: {
    decision: ScreeningDecision;
    reason: string;
    decidedAt: string;
    decidedByAgencyId: string;
  } | null;
  firstPanelAt: string | null;
  vulnerabilityAssessment: {
    assessedAt: string;
    assessedByAgencyId: string;
    factors: SeedVafFactor[];
  } | null;
  ctRiskAssessment: {
    level: CtRiskLevel;
    summary: string;
    assessedAt: string;
    assessedByAgencyId: string;
  } | null;
  healthInformation: {
    providedByAgencyId: string;
    summary: string;
    recordedAt: string;
  } | null;
  ddpConditions: {
    conditionType: DdpConditionType;
    mappaLevel: number;
    managingAgencyId: string;
    startsOn: string;
    endsOn: string | null;
  } | null;
  supportPlan: {
    agreedAt: string;
    consentGiven: boolean;
    /** Only for a subject under 18: whether a parent or guardian consented. */
    parentalConsent: boolean | null;
    interventions: { kind: InterventionKind; provider: string; commissioningStatus: CommissioningStatus }[];
  } | null;
  reviews: { id: string; kind: ReviewKind; dueOn: string; heldOn: string | null; summary: string | null }[];
  outcome: CaseOutcome | null;
  closedAt: string | null;
}

export interface SeedImmigrationContact {
  id: string;
  name: string;
  region: Region;
  email: string;
  phone: string;
  agencyId: string;
  /** The platform user who answers for this contact, if they have an account. */
  practitionerId: string | null;
}

export interface SeedImmigrationQuery {
  id: string;
  caseId: string;
  subjectId: string;
  raisedByPractitionerId: string;
  raisedByAgencyId: string;
  contactId: string;
  question: string;
  status: ImmigrationQueryStatus;
  answer: string | null;
  raisedAt: string;
  answeredAt: string | null;
}

export interface SeedImmigrationStatus {
  personId: string;
  status: ImmigrationStatusKind;
  recordedAt: string;
  sourceQueryId: string;
}

export interface SeedRolloutPhase {
  id: string;
  name: string;
  ordinal: number;
  description: string;
  startsOn: string;
  endsOn: string | null;
  /** Local authorities in the phase, with the date each joined. */
  members: { agencyId: string; joinedOn: string }[];
}

export interface SeedBoard {
  id: string;
  name: string;
  description: string;
  members: { agencyId: string; role: BoardMemberRole }[];
  meetings: {
    id: string;
    heldOn: string;
    title: string;
    attendeeAgencyIds: string[];
    decisions: { id: string; summary: string; ownerAgencyId: string; dueOn: string; status: DecisionStatus }[];
  }[];
}

export interface SeedQualityAssuranceReview {
  id: string;
  phaseId: string;
  agencyId: string;
  reviewerAgencyId: string;
  reviewedOn: string;
  sampleSize: number;
  rating: AssuranceRating;
  summary: string;
}

export interface SeedSelfAssessment {
  id: string;
  agencyId: string;
  period: string;
  submittedOn: string;
  standardsMet: number;
  standardsTotal: number;
  rating: AssuranceRating;
  summary: string;
}

export interface SeedSharingAgreement {
  id: string;
  title: string;
  legalBasis: string;
  partyAgencyIds: string[];
  categories: SharedDataCategory[];
  validFrom: string;
  validTo: string | null;
  createdAt: string;
  createdBy: string;
}

export interface SeedWorld {
  agencies: SeedAgency[];
  practitioners: SeedPractitioner[];
  people: SeedPerson[];
  cases: SeedCase[];
  immigrationContacts: SeedImmigrationContact[];
  immigrationQueries: SeedImmigrationQuery[];
  immigrationStatuses: SeedImmigrationStatus[];
  rolloutPhases: SeedRolloutPhase[];
  boards: SeedBoard[];
  qualityAssuranceReviews: SeedQualityAssuranceReview[];
  selfAssessments: SeedSelfAssessment[];
  sharingAgreements: SeedSharingAgreement[];
}
