import { registerEnumType } from "type-graphql";
import type { Category } from "../../../common/policy/vocabulary";
import { AgeBand, ConsentToSupport, Ethnicity, Gender, MentalHealthConcern, ReferringSector, TypeOfConcern } from "../../kit/enums";

/** What a report can be broken down by (the `--by` names of `npm run report` are their camelCase). */
export enum StatisticsDimension {
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  REGION = "REGION",
  ROLLOUT_PHASE = "ROLLOUT_PHASE",
  REFERRING_SECTOR = "REFERRING_SECTOR",
  TYPE_OF_CONCERN = "TYPE_OF_CONCERN",
  AGE_BAND = "AGE_BAND",
  GENDER = "GENDER",
  CONSENT_TO_SUPPORT = "CONSENT_TO_SUPPORT",
  MENTAL_HEALTH_CONCERN = "MENTAL_HEALTH_CONCERN",
  ETHNICITY = "ETHNICITY",
}

registerEnumType(StatisticsDimension, {
  name: "StatisticsDimension",
  description:
    "A breakdown of the Prevent statistics: one geographic dimension and at most two of the others; CONSENT_TO_SUPPORT, MENTAL_HEALTH_CONCERN and ETHNICITY (the 2024/25 release's) with no other category.",
});

/** How the numbers were protected. */
export enum DisclosureControl {
  SUPPRESSED = "SUPPRESSED",
  OWN_AUTHORITY = "OWN_AUTHORITY",
}

registerEnumType(DisclosureControl, {
  name: "DisclosureControl",
  description: "SUPPRESSED: small counts and what could reveal them are withheld. OWN_AUTHORITY: your own authority's cases, unsuppressed.",
});

export const GEO_DIMENSIONS: readonly StatisticsDimension[] = [StatisticsDimension.LOCAL_AUTHORITY, StatisticsDimension.REGION, StatisticsDimension.ROLLOUT_PHASE];

export type CategoryKey = "referringSector" | "typeOfConcern" | "ageBand" | "gender" | "consentToSupport" | "mentalHealthConcern" | "ethnicity";

/** A categorical dimension: its members in cube order (code = index + 1) and its column. */
export interface CategoryDimension {
  dimension: StatisticsDimension;
  key: CategoryKey;
  /** The SQL expression of the member, on cases aliased `c`. */
  column: string;
  /** null: not known (age band). */
  members: readonly (string | null)[];
  /** The data category of what it counts: a caller reading its own authority unsuppressed needs it granted. */
  category: Category;
  /** Crossed with no other category (geography and time only). */
  solo: boolean;
}

/** Nothing recorded counts as not known. */
const orNotKnown = (column: string) => `COALESCE(${column}, 'NOT_KNOWN')`;

/** The cube's categorical dimensions, in cube order. */
export const CATEGORY_DIMENSIONS: readonly CategoryDimension[] = [
  { dimension: StatisticsDimension.REFERRING_SECTOR, key: "referringSector", column: "c.referring_sector", members: Object.values(ReferringSector), category: "personal", solo: false },
  { dimension: StatisticsDimension.TYPE_OF_CONCERN, key: "typeOfConcern", column: "c.type_of_concern", members: Object.values(TypeOfConcern), category: "special.concern", solo: false },
  { dimension: StatisticsDimension.AGE_BAND, key: "ageBand", column: "c.age_band", members: [...Object.values(AgeBand), null], category: "personal", solo: false },
  { dimension: StatisticsDimension.GENDER, key: "gender", column: orNotKnown("c.gender"), members: Object.values(Gender), category: "personal", solo: false },
  // The 2024/25 release publishes these on their own. Crossed with the others they would more
  // than double the cube (and the cost of protecting it) for tables nobody publishes.
  {
    dimension: StatisticsDimension.CONSENT_TO_SUPPORT,
    key: "consentToSupport",
    column: orNotKnown("c.consent_to_support"),
    members: Object.values(ConsentToSupport),
    category: "special.support",
    solo: true,
  },
  {
    dimension: StatisticsDimension.MENTAL_HEALTH_CONCERN,
    key: "mentalHealthConcern",
    column: orNotKnown("c.mental_health_concern"),
    members: Object.values(MentalHealthConcern),
    category: "special.health",
    solo: true,
  },
  { dimension: StatisticsDimension.ETHNICITY, key: "ethnicity", column: orNotKnown("c.ethnicity"), members: Object.values(Ethnicity), category: "special.ethnicity", solo: true },
];

export function categoryCode(d: number, value: string | null): number {
  const index = CATEGORY_DIMENSIONS[d]!.members.indexOf(value);
  return index < 0 ? -1 : index + 1;
}

export type MeasureName =
  | "referrals"
  | "discussedAtPanel"
  | "adoptedAsChannelCase"
  | "noFurtherAction"
  | "signposted"
  | "supportedThroughChannel"
  | "closedAfterSupport"
  | "ddpCaseload";

export interface Measure {
  name: MeasureName;
  /** Counted by referral date (adds up over quarters), or open during the period (does not). */
  timeAdditive: boolean;
  description: string;
}

/** The funnel of the annual release, in order. Channel measures count the period's referrals, as they stand today. */
export const MEASURES: readonly Measure[] = [
  { name: "referrals", timeAdditive: true, description: "Referrals to Prevent (Channel programme) made in the period." },
  { name: "discussedAtPanel", timeAdditive: true, description: "Of the period's referrals, those discussed at a Channel panel." },
  { name: "adoptedAsChannelCase", timeAdditive: true, description: "Of the period's referrals, those adopted as a Channel case (a support plan agreed)." },
  { name: "noFurtherAction", timeAdditive: true, description: "Of the period's referrals, those closed with no further action (at screening or at panel)." },
  { name: "signposted", timeAdditive: true, description: "Of the period's referrals, those signposted to other services (at screening or at panel)." },
  { name: "supportedThroughChannel", timeAdditive: true, description: "Of the period's referrals, those adopted and still receiving Channel support." },
  { name: "closedAfterSupport", timeAdditive: true, description: "Of the period's referrals, those closed after Channel support." },
  { name: "ddpCaseload", timeAdditive: false, description: "Desistance and Disengagement Programme cases open at any time in the period." },
];
