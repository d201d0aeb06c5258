import { NOT_APPLICABLE, SUPPRESSED, type CsvRow, type CsvValue } from "../../../../common/statistics-csv";
import { CONCERN_LABELS, GENDER_LABELS, REGION_LABELS, SECTOR_LABELS, label } from "../../shell/labels";
import { AGE_BAND_LABELS, CONSENT_LABELS, ETHNICITY_LABELS, MENTAL_HEALTH_LABELS } from "../labels";

/** The breakdowns the page offers, one at a time, as the release names them. */
export const BREAKDOWNS = [
  { value: "REGION", label: "Region" },
  { value: "LOCAL_AUTHORITY", label: "Local authority" },
  { value: "ROLLOUT_PHASE", label: "Rollout phase" },
  { value: "REFERRING_SECTOR", label: "Referring sector" },
  { value: "TYPE_OF_CONCERN", label: "Type of concern" },
  { value: "AGE_BAND", label: "Age band" },
  { value: "GENDER", label: "Gender" },
  { value: "CONSENT_TO_SUPPORT", label: "Consent to Channel support" },
  { value: "MENTAL_HEALTH_CONCERN", label: "Mental health or neurodiversity concern" },
  { value: "ETHNICITY", label: "Ethnicity (broad group)" },
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number]["value"];

export const isBreakdown = (value: string | null): value is Breakdown => BREAKDOWNS.some((b) => b.value === value);
export const breakdownLabel = (value: Breakdown | null): string => BREAKDOWNS.find((b) => b.value === value)?.label ?? "Total";

/** A row's member of the breakdown, in words. */
export function memberLabel(breakdown: Breakdown | null, row: CsvRow): string {
  switch (breakdown) {
    case null:
      return "Total";
    case "REGION":
      return label(REGION_LABELS, row.region);
    case "LOCAL_AUTHORITY":
      return row.localAuthority?.name ?? row.localAuthority?.id ?? "";
    case "ROLLOUT_PHASE":
      return row.rolloutPhase?.name ?? "In no phase yet";
    case "REFERRING_SECTOR":
      return label(SECTOR_LABELS, row.referringSector);
    case "TYPE_OF_CONCERN":
      return label(CONCERN_LABELS, row.typeOfConcern);
    case "AGE_BAND":
      return label(AGE_BAND_LABELS, row.ageBand ?? "NOT_KNOWN");
    case "GENDER":
      return label(GENDER_LABELS, row.gender);
    case "CONSENT_TO_SUPPORT":
      return label(CONSENT_LABELS, row.consentToSupport);
    case "MENTAL_HEALTH_CONCERN":
      return label(MENTAL_HEALTH_LABELS, row.mentalHealthConcern);
    case "ETHNICITY":
      return label(ETHNICITY_LABELS, row.ethnicity);
  }
}

/** A row's member as the API names it (the CSV's first column), for tests and keys. */
export function memberKey(breakdown: Breakdown | null, row: CsvRow): string {
  switch (breakdown) {
    case null:
      return "Total";
    case "LOCAL_AUTHORITY":
      return row.localAuthority?.id ?? "";
    case "ROLLOUT_PHASE":
      return row.rolloutPhase?.id ?? "(none)";
    case "REGION":
      return row.region ?? "";
    case "REFERRING_SECTOR":
      return row.referringSector ?? "";
    case "TYPE_OF_CONCERN":
      return row.typeOfConcern ?? "";
    case "AGE_BAND":
      return row.ageBand ?? "NOT_KNOWN";
    case "GENDER":
      return row.gender ?? "";
    case "CONSENT_TO_SUPPORT":
      return row.consentToSupport ?? "";
    case "MENTAL_HEALTH_CONCERN":
      return row.mentalHealthConcern ?? "";
    case "ETHNICITY":
      return row.ethnicity ?? "";
  }
}

/** The funnel, in order: how many referrals reached each point. */
export const FUNNEL = [
  { measure: "referrals", label: "Referrals" },
  { measure: "discussedAtPanel", label: "Discussed at a Channel panel" },
  { measure: "adoptedAsChannelCase", label: "Adopted as a Channel case" },
  { measure: "noFurtherAction", label: "No further action" },
  { measure: "signposted", label: "Signposted to other services" },
  { measure: "supportedThroughChannel", label: "Still in Channel support" },
  { measure: "closedAfterSupport", label: "Closed after Channel support" },
] as const;

/** Every column of the table, as the release heads them, and what each counts. */
export const COLUMNS = [
  { key: "referrals", label: "Referrals", kind: "count", about: "Referrals to Prevent (the Channel programme) made in the period." },
  { key: "discussedAtPanel", label: "Discussed at panel", kind: "count", about: "Of the period's referrals, those discussed at a Channel panel." },
  { key: "adoptedAsChannelCase", label: "Adopted", kind: "count", about: "Of the period's referrals, those adopted as a Channel case (a support plan agreed)." },
  { key: "noFurtherAction", label: "No further action", kind: "count", about: "Of the period's referrals, those closed with no further action, at screening or at panel." },
  { key: "signposted", label: "Signposted", kind: "count", about: "Of the period's referrals, those signposted to other services, at screening or at panel." },
  { key: "supportedThroughChannel", label: "Supported", kind: "count", about: "Of the period's referrals, those adopted and still receiving Channel support." },
  { key: "closedAfterSupport", label: "Closed after support", kind: "count", about: "Of the period's referrals, those closed after Channel support." },
  { key: "ddpCaseload", label: "DDP caseload", kind: "count", about: "Desistance and Disengagement Programme cases open at any time in the period." },
  { key: "panelRate", label: "Panel rate", kind: "rate", about: "Discussed at panel as a share of referrals." },
  { key: "adoptionRate", label: "Adoption rate", kind: "rate", about: "Adopted as a share of referrals." },
  { key: "medianDaysToScreeningDecision", label: "Median days to screening", kind: "days", about: "The median number of days from referral to the screening decision." },
  { key: "medianDaysToFirstPanel", label: "Median days to panel", kind: "days", about: "The median number of days from referral to the first panel." },
] as const;

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A cell as the page shows it: exactly `[c]` when suppressed, `[z]` when not applicable, else the number. */
export function cellText(v: CsvValue, kind: "count" | "rate" | "days"): string {
  if (v.suppressed) return SUPPRESSED;
  const n = v.value ?? v.days;
  if (n === null || n === undefined) return NOT_APPLICABLE;
  return kind === "rate" ? percent.format(n) : number.format(n);
}

/** The value a chart may draw: null (nothing drawn) when suppressed. */
export const drawable = (v: CsvValue): number | null => (v.suppressed ? null : (v.value ?? null));

/** Financial years from the world's first (2018-19) to the current one, newest first. */
export function financialYears(today = new Date()): string[] {
  const current = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const years: string[] = [];
  for (let start = current; start >= 2018; start--) years.push(`${start}-${String((start + 1) % 100).padStart(2, "0")}`);
  return years;
}
