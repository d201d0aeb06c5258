/** Words for the API's enums and dates, as practitioners say them. */

export const STAGES = ["REFERRAL", "SCREENING", "PANEL", "SUPPORT", "REVIEW", "CLOSED"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  REFERRAL: "Referral",
  SCREENING: "Screening",
  PANEL: "Panel",
  SUPPORT: "Support",
  REVIEW: "Review",
  CLOSED: "Closed",
};

const STAGE_TAGS: Record<Stage, string> = {
  REFERRAL: "govuk-tag--light-blue",
  SCREENING: "govuk-tag--purple",
  PANEL: "govuk-tag--orange",
  SUPPORT: "govuk-tag--green",
  REVIEW: "govuk-tag--turquoise",
  CLOSED: "govuk-tag--grey",
};

export const stageTagClass = (stage: string): string => `govuk-tag ${STAGE_TAGS[stage as Stage] ?? ""}`;

export const PROGRAMME_LABELS: Record<string, string> = { CHANNEL: "Channel", DDP: "DDP" };

export const CONCERN_LABELS: Record<string, string> = {
  ISLAMIST: "Islamist",
  EXTREME_RIGHT_WING: "Extreme right-wing",
  MIXED_UNCLEAR: "Mixed, unclear or unstable",
  OTHER: "Other",
};

export const SECTOR_LABELS: Record<string, string> = {
  EDUCATION: "Education",
  POLICE: "Police",
  LOCAL_AUTHORITY: "Local authority",
  HEALTH: "Health",
  COMMUNITY: "Community",
  FAMILY_AND_FRIENDS: "Family and friends",
  PRISONS: "Prisons",
  PROBATION: "Probation",
  OTHER: "Other",
};

export const OUTCOME_LABELS: Record<string, string> = {
  NO_FURTHER_ACTION: "No further action",
  SIGNPOSTED: "Signposted to other services",
  CLOSED_AFTER_SUPPORT: "Closed after Channel support",
  CONSENT_WITHDRAWN: "Consent withdrawn",
};

export const SCREENING_LABELS: Record<string, string> = {
  ADOPTED_TO_PANEL: "Adopted to panel",
  NO_FURTHER_ACTION: "No further action",
  SIGNPOSTED: "Signposted to other services",
};

export const VAF_DOMAIN_LABELS: Record<string, string> = { ENGAGEMENT: "Engagement", INTENT: "Intent", CAPABILITY: "Capability" };
export const VAF_RATING_LABELS: Record<string, string> = { NOT_PRESENT: "Not present", LOW: "Low", MODERATE: "Moderate", HIGH: "High" };
export const CT_RISK_LABELS: Record<string, string> = { LOW: "Low", MODERATE: "Moderate", HIGH: "High" };

export const INTERVENTION_LABELS: Record<string, string> = {
  IDEOLOGICAL_MENTORING: "Ideological mentoring",
  MENTAL_HEALTH: "Mental health",
  EDUCATION_TRAINING: "Education or training",
  EMPLOYMENT: "Employment",
  HOUSING: "Housing",
  FAMILY_SUPPORT: "Family support",
  DIVERSIONARY_ACTIVITIES: "Diversionary activities",
  LIFE_SKILLS: "Life skills",
};

export const COMMISSIONING_LABELS: Record<string, string> = {
  NOT_STARTED: "Not started",
  REQUESTED: "Requested",
  COMMISSIONED: "Commissioned",
  DELIVERING: "Delivering",
  COMPLETED: "Completed",
};

export const REVIEW_LABELS: Record<string, string> = { SIX_MONTH: "Six-month review", TWELVE_MONTH: "Twelve-month review" };
export const DDP_CONDITION_LABELS: Record<string, string> = { LICENCE: "Probation licence", TPIM: "TPIM", TEO: "Temporary Exclusion Order" };
export const GENDER_LABELS: Record<string, string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", NOT_KNOWN: "Not known" };

export const IMMIGRATION_STATUS_LABELS: Record<string, string> = {
  BRITISH_CITIZEN: "British citizen",
  SETTLED: "Settled status",
  PRE_SETTLED: "Pre-settled status",
  LIMITED_LEAVE: "Limited leave to remain",
  ASYLUM_CLAIM_PENDING: "Asylum claim pending",
  NO_VALID_LEAVE: "No valid leave",
  NOT_KNOWN: "Not known",
};

export const QUESTION_STATUS_LABELS: Record<string, string> = { OPEN: "Open", ANSWERED: "Answered", WITHDRAWN: "Withdrawn" };

export const REGION_LABELS: Record<string, string> = {
  NORTH_EAST: "North East",
  NORTH_WEST: "North West",
  YORKSHIRE_AND_THE_HUMBER: "Yorkshire and the Humber",
  EAST_MIDLANDS: "East Midlands",
  WEST_MIDLANDS: "West Midlands",
  EAST_OF_ENGLAND: "East of England",
  LONDON: "London",
  SOUTH_EAST: "South East",
  SOUTH_WEST: "South West",
  WALES: "Wales",
};

export const label = (labels: Record<string, string>, value: string | null | undefined): string => (value ? (labels[value] ?? value) : "");

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const shortDateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/London" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", hour12: true, timeZone: "Europe/London" });

/** `2019-03-04` or an instant → "4 March 2019". */
export function formatDate(value: string | null | undefined, short = false): string {
  if (!value) return "";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (short ? shortDateFormat : dateFormat).format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${dateFormat.format(date)} at ${timeFormat.format(date).replace(" ", "")}`;
}

/** Today as `YYYY-MM-DD` in the UK. */
export function today(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
