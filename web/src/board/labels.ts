/** Words for the board's records and the statistics' dimensions, as the board and the release say them. */

export const RATING_LABELS: Record<string, string> = { GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate" };
const RATING_TAGS: Record<string, string> = { GOOD: "govuk-tag--green", REQUIRES_IMPROVEMENT: "govuk-tag--yellow", INADEQUATE: "govuk-tag--red" };
export const ratingTagClass = (rating: string): string => `govuk-tag ${RATING_TAGS[rating] ?? "govuk-tag--grey"}`;

export const DECISION_STATUS_LABELS: Record<string, string> = { OPEN: "Open", COMPLETED: "Completed", CANCELLED: "Cancelled" };
// Open: the Design System's default (blue) tag.
const DECISION_TAGS: Record<string, string> = { OPEN: "", COMPLETED: " govuk-tag--green", CANCELLED: " govuk-tag--grey" };
export const decisionStatusTagClass = (status: string): string => `govuk-tag${DECISION_TAGS[status] ?? " govuk-tag--grey"}`;

export const MEMBER_ROLE_LABELS: Record<string, string> = { CHAIR: "chair", MEMBER: "member", SECRETARIAT: "secretariat", OBSERVER: "observer" };

export const AGE_BAND_LABELS: Record<string, string> = {
  AGE_10_AND_UNDER: "10 and under",
  AGE_11_TO_15: "11 to 15",
  AGE_16_TO_17: "16 to 17",
  AGE_18_TO_20: "18 to 20",
  AGE_21_TO_30: "21 to 30",
  AGE_31_TO_40: "31 to 40",
  AGE_41_AND_OVER: "41 and over",
  NOT_KNOWN: "Not known",
};

export const CONSENT_LABELS: Record<string, string> = { GIVEN: "Consent given", NOT_GIVEN: "Consent not given", NOT_KNOWN: "Not known" };
export const MENTAL_HEALTH_LABELS: Record<string, string> = { YES: "Concern recorded", NO: "No concern recorded", NOT_KNOWN: "Not known" };
export const ETHNICITY_LABELS: Record<string, string> = {
  ASIAN_OR_ASIAN_BRITISH: "Asian or Asian British",
  BLACK_BRITISH_CARIBBEAN_OR_AFRICAN: "Black, Black British, Caribbean or African",
  MIXED_OR_MULTIPLE: "Mixed or multiple ethnic groups",
  WHITE: "White",
  OTHER_ETHNIC_GROUP: "Other ethnic group",
  NOT_KNOWN: "Not known",
};
