/**
 * The domain's closed vocabularies. One definition, used by entities, GraphQL enums and the
 * seed generator, so every subgraph that exposes an enum exposes the same values (composition
 * requires it for enums used in inputs).
 */

export enum Region {
  NORTH_EAST = "NORTH_EAST",
  NORTH_WEST = "NORTH_WEST",
  YORKSHIRE_AND_THE_HUMBER = "YORKSHIRE_AND_THE_HUMBER",
  EAST_MIDLANDS = "EAST_MIDLANDS",
  WEST_MIDLANDS = "WEST_MIDLANDS",
  EAST_OF_ENGLAND = "EAST_OF_ENGLAND",
  LONDON = "LONDON",
  SOUTH_EAST = "SOUTH_EAST",
  SOUTH_WEST = "SOUTH_WEST",
  WALES = "WALES",
}

export enum AgencyKind {
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  POLICE = "POLICE",
  CT_POLICING = "CT_POLICING",
  HOME_OFFICE = "HOME_OFFICE",
  IMMIGRATION_ENFORCEMENT = "IMMIGRATION_ENFORCEMENT",
  HEALTH = "HEALTH",
  PROBATION = "PROBATION",
  EDUCATION = "EDUCATION",
  OTHER = "OTHER",
}

export enum PractitionerRole {
  CHANNEL_CHAIR = "CHANNEL_CHAIR",
  PREVENT_COORDINATOR = "PREVENT_COORDINATOR",
  CASE_OFFICER = "CASE_OFFICER",
  CT_OFFICER = "CT_OFFICER",
  IMMIGRATION_SPOC = "IMMIGRATION_SPOC",
  HEALTH_LIAISON = "HEALTH_LIAISON",
  OFFENDER_MANAGER = "OFFENDER_MANAGER",
  SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD",
  OVERSIGHT = "OVERSIGHT",
  BOARD_MEMBER = "BOARD_MEMBER",
  DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER",
}

export enum Gender {
  FEMALE = "FEMALE",
  MALE = "MALE",
  OTHER = "OTHER",
  NOT_KNOWN = "NOT_KNOWN",
}

export enum Programme {
  CHANNEL = "CHANNEL",
  DDP = "DDP",
}

export enum CaseStage {
  REFERRAL = "REFERRAL",
  SCREENING = "SCREENING",
  PANEL = "PANEL",
  SUPPORT = "SUPPORT",
  REVIEW = "REVIEW",
  CLOSED = "CLOSED",
}

/** The categories of the Home Office's annual Prevent statistics. */
export enum TypeOfConcern {
  ISLAMIST = "ISLAMIST",
  EXTREME_RIGHT_WING = "EXTREME_RIGHT_WING",
  MIXED_UNCLEAR = "MIXED_UNCLEAR",
  OTHER = "OTHER",
}

export enum ReferringSector {
  EDUCATION = "EDUCATION",
  POLICE = "POLICE",
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  HEALTH = "HEALTH",
  COMMUNITY = "COMMUNITY",
  FAMILY_AND_FRIENDS = "FAMILY_AND_FRIENDS",
  PRISONS = "PRISONS",
  PROBATION = "PROBATION",
  OTHER = "OTHER",
}

export enum ScreeningDecision {
  ADOPTED_TO_PANEL = "ADOPTED_TO_PANEL",
  NO_FURTHER_ACTION = "NO_FURTHER_ACTION",
  SIGNPOSTED = "SIGNPOSTED",
}

export enum CaseOutcome {
  NO_FURTHER_ACTION = "NO_FURTHER_ACTION",
  SIGNPOSTED = "SIGNPOSTED",
  CLOSED_AFTER_SUPPORT = "CLOSED_AFTER_SUPPORT",
  CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN",
}

export enum VafDomain {
  ENGAGEMENT = "ENGAGEMENT",
  INTENT = "INTENT",
  CAPABILITY = "CAPABILITY",
}

export enum VafRating {
  NOT_PRESENT = "NOT_PRESENT",
  LOW = "LOW",
  MODERATE = "MODERATE",
  HIGH = "HIGH",
}

export enum CtRiskLevel {
  LOW = "LOW",
  MODERATE = "MODERATE",
  HIGH = "HIGH",
}

export enum DdpConditionType {
  LICENCE = "LICENCE",
  TPIM = "TPIM",
  TEO = "TEO",
}

export enum InterventionKind {
  IDEOLOGICAL_MENTORING = "IDEOLOGICAL_MENTORING",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  EDUCATION_TRAINING = "EDUCATION_TRAINING",
  EMPLOYMENT = "EMPLOYMENT",
  HOUSING = "HOUSING",
  FAMILY_SUPPORT = "FAMILY_SUPPORT",
  DIVERSIONARY_ACTIVITIES = "DIVERSIONARY_ACTIVITIES",
  LIFE_SKILLS = "LIFE_SKILLS",
}

export enum CommissioningStatus {
  NOT_STARTED = "NOT_STARTED",
  REQUESTED = "REQUESTED",
  COMMISSIONED = "COMMISSIONED",
  DELIVERING = "DELIVERING",
  COMPLETED = "COMPLETED",
}

export enum ReviewKind {
  SIX_MONTH = "SIX_MONTH",
  TWELVE_MONTH = "TWELVE_MONTH",
}

export enum ImmigrationQueryStatus {
  OPEN = "OPEN",
  ANSWERED = "ANSWERED",
  WITHDRAWN = "WITHDRAWN",
}

export enum ImmigrationStatusKind {
  BRITISH_CITIZEN = "BRITISH_CITIZEN",
  SETTLED = "SETTLED",
  PRE_SETTLED = "PRE_SETTLED",
  LIMITED_LEAVE = "LIMITED_LEAVE",
  ASYLUM_CLAIM_PENDING = "ASYLUM_CLAIM_PENDING",
  NO_VALID_LEAVE = "NO_VALID_LEAVE",
  NOT_KNOWN = "NOT_KNOWN",
}

export enum BoardMemberRole {
  CHAIR = "CHAIR",
  MEMBER = "MEMBER",
  SECRETARIAT = "SECRETARIAT",
  OBSERVER = "OBSERVER",
}

export enum DecisionStatus {
  OPEN = "OPEN",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

export enum AssuranceRating {
  GOOD = "GOOD",
  REQUIRES_IMPROVEMENT = "REQUIRES_IMPROVEMENT",
  INADEQUATE = "INADEQUATE",
}

/** What an information-sharing agreement may cover: personal and special-category data, never restricted. */
export enum SharedDataCategory {
  PERSONAL = "PERSONAL",
  SPECIAL_CONCERN = "SPECIAL_CONCERN",
  SPECIAL_VAF = "SPECIAL_VAF",
  SPECIAL_SUPPORT = "SPECIAL_SUPPORT",
  SPECIAL_HEALTH = "SPECIAL_HEALTH",
  SPECIAL_DDP = "SPECIAL_DDP",
  SPECIAL_ETHNICITY = "SPECIAL_ETHNICITY",
}

/** The age bands of the Home Office's Prevent statistics (age at referral). */
export enum AgeBand {
  AGE_10_AND_UNDER = "AGE_10_AND_UNDER",
  AGE_11_TO_15 = "AGE_11_TO_15",
  AGE_16_TO_17 = "AGE_16_TO_17",
  AGE_18_TO_20 = "AGE_18_TO_20",
  AGE_21_TO_30 = "AGE_21_TO_30",
  AGE_31_TO_40 = "AGE_31_TO_40",
  AGE_41_AND_OVER = "AGE_41_AND_OVER",
}

/**
 * Whether the individual consented to Channel support, as the panel recorded it (the official
 * statistics since 2024/25). Consent is sought at the panel: before that it is not known.
 */
export enum ConsentToSupport {
  GIVEN = "GIVEN",
  NOT_GIVEN = "NOT_GIVEN",
  NOT_KNOWN = "NOT_KNOWN",
}

/** Whether a mental-health or neurodiversity concern was recorded (the official statistics since 2024/25). */
export enum MentalHealthConcern {
  YES = "YES",
  NO = "NO",
  NOT_KNOWN = "NOT_KNOWN",
}

/**
 * The broad ethnic groups of the 2021 Census (ONS) that the Home Office's Prevent statistics use
 * since 2024/25: Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean
 * or African; Mixed or Multiple ethnic groups; White; Other ethnic group; not known or not stated.
 */
export enum Ethnicity {
  ASIAN_OR_ASIAN_BRITISH = "ASIAN_OR_ASIAN_BRITISH",
  BLACK_BRITISH_CARIBBEAN_OR_AFRICAN = "BLACK_BRITISH_CARIBBEAN_OR_AFRICAN",
  MIXED_OR_MULTIPLE = "MIXED_OR_MULTIPLE",
  WHITE = "WHITE",
  OTHER_ETHNIC_GROUP = "OTHER_ETHNIC_GROUP",
  NOT_KNOWN = "NOT_KNOWN",
}

/** The band of an age in whole years. */
export function ageBandOf(age: number): AgeBand {
  if (age <= 10) return AgeBand.AGE_10_AND_UNDER;
  if (age <= 15) return AgeBand.AGE_11_TO_15;
  if (age <= 17) return AgeBand.AGE_16_TO_17;
  if (age <= 20) return AgeBand.AGE_18_TO_20;
  if (age <= 30) return AgeBand.AGE_21_TO_30;
  if (age <= 40) return AgeBand.AGE_31_TO_40;
  return AgeBand.AGE_41_AND_OVER;
}

/** Whole years between a date of birth and a day (both `YYYY-MM-DD`). */
export function ageInYears(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
