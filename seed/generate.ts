import {
  AgencyKind,
  CaseOutcome,
  CaseStage,
  CommissioningStatus,
  ConsentToSupport,
  CtRiskLevel,
  DdpConditionType,
  Ethnicity,
  Gender,
  ImmigrationQueryStatus,
  ImmigrationStatusKind,
  InterventionKind,
  MentalHealthConcern,
  Programme,
  ReferringSector,
  ReviewKind,
  ScreeningDecision,
  TypeOfConcern,
  VafDomain,
  VafRating,
} from "../common/domain";
import { VAF_FACTORS as VAF_FACTOR_NAMES } from "../common/vaf-factors";
import { ageOn, dayFromParts, dayOf, isoDate, isoInstant, yearOf } from "./calendar";
import {
  AGENCIES,
  AGENCY_BY_ID,
  BOARDS,
  CHILDRENS_SERVICES_BY_AUTHORITY,
  CT_UNIT_BY_REGION,
  IMMIGRATION_CONTACTS,
  INTERVENTION_PROVIDERS,
  LOCAL_AUTHORITIES,
  PRACTITIONERS,
  PROBATION_BY_REGION,
  QUALITY_ASSURANCE_REVIEWS,
  ROLLOUT_PHASES,
  SELF_ASSESSMENTS,
  SHARING_AGREEMENTS,
  educationAgenciesFor,
  healthAgenciesFor,
  localAuthority,
  phaseStartOf,
  spocContactIdFor,
  type LocalAuthorityInfo,
} from "./catalogue";
import { givenNameFor, inventedSurname } from "./names";
import { IdKind, Rng, WeightedTable, deterministicUuid, streamSeed, type WeightedEntries } from "./random";
import type {
  SeedCase,
  SeedImmigrationQuery,
  SeedImmigrationStatus,
  SeedPerson,
  SeedVafFactor,
  SeedWorld,
} from "./world";

export { PERSONAS, type Persona } from "./catalogue";

export const DEFAULT_SEED = 20180401;
export const DEFAULT_CASES = 400;
/** Referrals fall between these dates; the world is seen as it stood at the end of WORLD_AS_OF. */
export const WORLD_STARTS_ON = "2018-04-01";
export const WORLD_AS_OF = "2021-03-31";

export interface GenerateWorldOptions {
  cases: number;
  seed?: number;
}

// Module-scope copies: global lookups are slow inside vm contexts such as jest's.
const { max, min, floor } = Math;

const START_DAY = dayOf(WORLD_STARTS_ON);
const AS_OF_DAY = dayOf(WORLD_AS_OF);

/** Kirklees and Oldham lead a fixed share (one case in fourteen each) on top of their weight. */
const FIXED_LEAD_EVERY = 14;
const FIXED_LEADS: Readonly<Record<number, string>> = { 0: "kirklees", 7: "oldham" };

/** The persona who raises immigration queries for the authority (only these two do). */
const QUERYING_CHAIRS: Readonly<Record<string, string>> = {
  kirklees: "kirklees-channel-chair",
  oldham: "oldham-channel-chair",
};

// ---------------------------------------------------------------------------------------------
// Distributions (rough shapes of the Home Office's published Prevent statistics).

const table = <T>(entries: WeightedEntries<T>): WeightedTable<T> => new WeightedTable(entries);

const PHASE_START_DAY: ReadonlyMap<string, number> = new Map(
  LOCAL_AUTHORITIES.map((authority) => [authority.phaseId, dayOf(phaseStartOf(authority.phaseId))]),
);

const LEAD_AUTHORITY = table(LOCAL_AUTHORITIES.map((authority) => [authority, authority.weight] as const));

/** Where a case is in its life: a stage plus, for closed cases, how it closed. */
type Plan =
  | "REFERRAL"
  | "SCREENING"
  | "NO_FURTHER_ACTION"
  | "SIGNPOSTED"
  | "PANEL"
  | "SUPPORT"
  | "REVIEW"
  | "CLOSED_AFTER_SUPPORT"
  | "CONSENT_WITHDRAWN";

// Most referrals over three years are closed; open cases are the recent ones.
const CHANNEL_PLANS = table<Plan>([
  ["REFERRAL", 2],
  ["SCREENING", 3],
  ["NO_FURTHER_ACTION", 32],
  ["SIGNPOSTED", 22],
  ["PANEL", 6],
  ["SUPPORT", 8],
  ["REVIEW", 6],
  ["CLOSED_AFTER_SUPPORT", 16],
  ["CONSENT_WITHDRAWN", 3],
]);

const DDP_PLANS = table<Plan>([
  ["REFERRAL", 5],
  ["SCREENING", 5],
  ["NO_FURTHER_ACTION", 5],
  ["PANEL", 12],
  ["SUPPORT", 28],
  ["REVIEW", 22],
  ["CLOSED_AFTER_SUPPORT", 23],
]);

/** When a plan's timeline cannot fit between the authority joining and WORLD_AS_OF. */
const FALLBACK: Readonly<Partial<Record<Plan, Plan>>> = {
  // Authorities that joined in 2020 have had no time to close a case after support.
  CLOSED_AFTER_SUPPORT: "NO_FURTHER_ACTION",
  REVIEW: "SUPPORT",
  SUPPORT: "PANEL",
  CONSENT_WITHDRAWN: "PANEL",
  PANEL: "SCREENING",
  NO_FURTHER_ACTION: "SCREENING",
  SIGNPOSTED: "SCREENING",
};

type AgeBand = readonly [min: number, max: number];
const CHANNEL_AGES = table<AgeBand>([
  [[7, 10], 7],
  [[11, 15], 30],
  [[16, 17], 13],
  [[18, 20], 11],
  [[21, 30], 16],
  [[31, 40], 11],
  [[41, 68], 12],
]);
const DDP_AGES = table<AgeBand>([
  [[18, 20], 10],
  [[21, 30], 45],
  [[31, 40], 30],
  [[41, 62], 15],
]);

const CHANNEL_GENDERS = table<Gender>([
  [Gender.MALE, 86],
  [Gender.FEMALE, 11],
  [Gender.OTHER, 1],
  [Gender.NOT_KNOWN, 2],
]);
const DDP_GENDERS = table<Gender>([
  [Gender.MALE, 90],
  [Gender.FEMALE, 10],
]);

const CHANNEL_CONCERNS = table<TypeOfConcern>([
  [TypeOfConcern.ISLAMIST, 27],
  [TypeOfConcern.EXTREME_RIGHT_WING, 25],
  [TypeOfConcern.MIXED_UNCLEAR, 40],
  [TypeOfConcern.OTHER, 8],
]);
const DDP_CONCERNS = table<TypeOfConcern>([
  [TypeOfConcern.ISLAMIST, 70],
  [TypeOfConcern.EXTREME_RIGHT_WING, 25],
  [TypeOfConcern.MIXED_UNCLEAR, 3],
  [TypeOfConcern.OTHER, 2],
]);

// The 2024/25 release's breakdowns (rough synthetic shapes, not the published figures). Drawn from
// a stream of their own, so every case keeps the values the earlier draws gave it.
const BREAKDOWN_SALT = 0x2024_2025;
const E = Ethnicity;
const ETHNICITY_BY_CONCERN: Readonly<Record<TypeOfConcern, WeightedTable<Ethnicity>>> = {
  [TypeOfConcern.ISLAMIST]: table<Ethnicity>([
    [E.ASIAN_OR_ASIAN_BRITISH, 38],
    [E.BLACK_BRITISH_CARIBBEAN_OR_AFRICAN, 12],
    [E.MIXED_OR_MULTIPLE, 6],
    [E.WHITE, 12],
    [E.OTHER_ETHNIC_GROUP, 11],
    [E.NOT_KNOWN, 21],
  ]),
  [TypeOfConcern.EXTREME_RIGHT_WING]: table<Ethnicity>([
    [E.ASIAN_OR_ASIAN_BRITISH, 1],
    [E.BLACK_BRITISH_CARIBBEAN_OR_AFRICAN, 1],
    [E.MIXED_OR_MULTIPLE, 3],
    [E.WHITE, 74],
    [E.OTHER_ETHNIC_GROUP, 1],
    [E.NOT_KNOWN, 20],
  ]),
  [TypeOfConcern.MIXED_UNCLEAR]: table<Ethnicity>([
    [E.ASIAN_OR_ASIAN_BRITISH, 9],
    [E.BLACK_BRITISH_CARIBBEAN_OR_AFRICAN, 6],
    [E.MIXED_OR_MULTIPLE, 6],
    [E.WHITE, 52],
    [E.OTHER_ETHNIC_GROUP, 3],
    [E.NOT_KNOWN, 24],
  ]),
  [TypeOfConcern.OTHER]: table<Ethnicity>([
    [E.ASIAN_OR_ASIAN_BRITISH, 10],
    [E.BLACK_BRITISH_CARIBBEAN_OR_AFRICAN, 7],
    [E.MIXED_OR_MULTIPLE, 6],
    [E.WHITE, 48],
    [E.OTHER_ETHNIC_GROUP, 4],
    [E.NOT_KNOWN, 25],
  ]),
};
// A panel asks, and a health partner on it often knows; a referrer often does not.
const MENTAL_HEALTH_AT_REFERRAL = table<MentalHealthConcern>([
  [MentalHealthConcern.YES, 22],
  [MentalHealthConcern.NO, 45],
  [MentalHealthConcern.NOT_KNOWN, 33],
]);
const MENTAL_HEALTH_AT_PANEL = table<MentalHealthConcern>([
  [MentalHealthConcern.YES, 32],
  [MentalHealthConcern.NO, 58],
  [MentalHealthConcern.NOT_KNOWN, 10],
]);
const MENTAL_HEALTH_WITH_HEALTH_PARTNER = table<MentalHealthConcern>([
  [MentalHealthConcern.YES, 70],
  [MentalHealthConcern.NO, 26],
  [MentalHealthConcern.NOT_KNOWN, 4],
]);
// Still at the panel: consent sought and given, refused, or not yet recorded.
const CONSENT_AT_PANEL = table<ConsentToSupport>([
  [ConsentToSupport.GIVEN, 35],
  [ConsentToSupport.NOT_GIVEN, 15],
  [ConsentToSupport.NOT_KNOWN, 50],
]);

const S = ReferringSector;
const YOUNG_SECTORS = table<ReferringSector>([
  [S.EDUCATION, 45],
  [S.POLICE, 22],
  [S.LOCAL_AUTHORITY, 12],
  [S.HEALTH, 6],
  [S.COMMUNITY, 3],
  [S.FAMILY_AND_FRIENDS, 4],
  [S.OTHER, 8],
]);
const ADULT_SECTORS = table<ReferringSector>([
  [S.EDUCATION, 8],
  [S.POLICE, 38],
  [S.LOCAL_AUTHORITY, 12],
  [S.HEALTH, 16],
  [S.COMMUNITY, 6],
  [S.FAMILY_AND_FRIENDS, 4],
  [S.PRISONS, 5],
  [S.PROBATION, 4],
  [S.OTHER, 7],
]);
const DDP_SECTORS = table<ReferringSector>([
  [S.PROBATION, 60],
  [S.PRISONS, 30],
  [S.POLICE, 10],
]);

const CHANNEL_CT_RISK = table<CtRiskLevel>([
  [CtRiskLevel.LOW, 55],
  [CtRiskLevel.MODERATE, 35],
  [CtRiskLevel.HIGH, 10],
]);
const DDP_CT_RISK = table<CtRiskLevel>([
  [CtRiskLevel.LOW, 20],
  [CtRiskLevel.MODERATE, 50],
  [CtRiskLevel.HIGH, 30],
]);

const DDP_CONDITIONS = table<DdpConditionType>([
  [DdpConditionType.LICENCE, 70],
  [DdpConditionType.TEO, 20],
  [DdpConditionType.TPIM, 10],
]);

const MAPPA_LEVELS = table<number>([
  [1, 50],
  [2, 35],
  [3, 15],
]);

const IMMIGRATION_STATUSES = table<ImmigrationStatusKind>([
  [ImmigrationStatusKind.BRITISH_CITIZEN, 45],
  [ImmigrationStatusKind.SETTLED, 15],
  [ImmigrationStatusKind.PRE_SETTLED, 8],
  [ImmigrationStatusKind.LIMITED_LEAVE, 12],
  [ImmigrationStatusKind.ASYLUM_CLAIM_PENDING, 8],
  [ImmigrationStatusKind.NO_VALID_LEAVE, 5],
  [ImmigrationStatusKind.NOT_KNOWN, 7],
]);

const QUERY_STATUSES = table<ImmigrationQueryStatus>([
  [ImmigrationQueryStatus.OPEN, 35],
  [ImmigrationQueryStatus.ANSWERED, 58],
  [ImmigrationQueryStatus.WITHDRAWN, 7],
]);

const SUPPORT_COMMISSIONING = table<CommissioningStatus>([
  [CommissioningStatus.REQUESTED, 25],
  [CommissioningStatus.COMMISSIONED, 30],
  [CommissioningStatus.DELIVERING, 45],
]);
const REVIEW_COMMISSIONING = table<CommissioningStatus>([
  [CommissioningStatus.DELIVERING, 60],
  [CommissioningStatus.COMPLETED, 40],
]);
const WITHDRAWN_COMMISSIONING = table<CommissioningStatus>([
  [CommissioningStatus.NOT_STARTED, 60],
  [CommissioningStatus.REQUESTED, 40],
]);

// ---------------------------------------------------------------------------------------------
// Vocabulary of the VAF (factors grouped under engagement, intent and capability).

// The framework's own names (common/vaf-factors.ts), by the domain enum the seed draws with.
const VAF_FACTORS: Readonly<Record<VafDomain, readonly string[]>> = VAF_FACTOR_NAMES;

const VAF_RATINGS: Readonly<Record<CtRiskLevel, WeightedTable<VafRating>>> = {
  LOW: table([[VafRating.NOT_PRESENT, 30], [VafRating.LOW, 50], [VafRating.MODERATE, 18], [VafRating.HIGH, 2]]),
  MODERATE: table([[VafRating.NOT_PRESENT, 15], [VafRating.LOW, 35], [VafRating.MODERATE, 40], [VafRating.HIGH, 10]]),
  HIGH: table([[VafRating.NOT_PRESENT, 5], [VafRating.LOW, 20], [VafRating.MODERATE, 40], [VafRating.HIGH, 35]]),
};

const VAF_NOTES: Readonly<Record<VafRating, readonly string[]>> = {
  NOT_PRESENT: ["No evidence from partners at this assessment.", "Considered by the panel; not present."],
  LOW: ["Some indication from the referral; kept under review.", "Limited evidence; partners to monitor."],
  MODERATE: ["Consistent evidence from more than one partner.", "Evident in school and family accounts; addressed in the plan."],
  HIGH: ["Strong and recent evidence; a priority for the support plan.", "Marked and persistent; discussed at length by the panel."],
};

const SCREENING_REASONS: Readonly<Record<ScreeningDecision, readonly string[]>> = {
  ADOPTED_TO_PANEL: [
    "Vulnerability to radicalisation indicated; suitable for Channel panel.",
    "Concerns corroborated by partners; adopted for multi-agency assessment.",
    "Ideological concern with identified vulnerabilities; referred to panel.",
  ],
  NO_FURTHER_ACTION: [
    "No indication of radicalisation after deconfliction and enquiries.",
    "Concern not substantiated; no further Prevent action.",
    "Misunderstanding resolved with the referrer; no vulnerability identified.",
  ],
  SIGNPOSTED: [
    "No radicalisation concern; signposted to children's social care.",
    "Safeguarding needs better met by mental-health services; signposted.",
    "Signposted to early help and youth services.",
  ],
};

const CT_SUMMARIES: Readonly<Record<CtRiskLevel, readonly string[]>> = {
  LOW: ["No CT risk identified beyond the referral concern.", "Low risk; no links to known networks."],
  MODERATE: ["Online engagement with extremist material; no attack planning identified.", "Contact with individuals of interest; monitoring in place."],
  HIGH: ["Expressed intent and some capability; managed with police safeguards.", "Significant CT risk; case also managed under a police-led process."],
};

const HEALTH_SUMMARIES: readonly string[] = [
  "Known to community mental-health services; engagement is intermittent.",
  "Anxiety and low mood reported; GP and talking-therapies referral in place.",
  "Assessed by CAMHS; neurodevelopmental assessment pending.",
  "No current mental-health diagnosis; previous contact with crisis team.",
];

const REVIEW_SUMMARIES: Readonly<Record<ReviewKind, readonly string[]>> = {
  SIX_MONTH: [
    "Good engagement with the mentor; vulnerabilities reducing.",
    "Partial engagement; plan adjusted to add diversionary activity.",
    "Progress in education; continue support to twelve months.",
  ],
  TWELVE_MONTH: [
    "Vulnerabilities reduced; panel agreed to close with no further concern.",
    "Sustained progress; closed with a single point of contact retained.",
    "Goals met; closed and recorded for review at twelve months after closure.",
  ],
};

const ALL_INTERVENTIONS: readonly InterventionKind[] = Object.values(InterventionKind);

// ---------------------------------------------------------------------------------------------
// One case.

interface CaseBundle {
  kase: SeedCase;
  person: SeedPerson;
  queries: SeedImmigrationQuery[];
  statuses: SeedImmigrationStatus[];
}

/** Day offsets of the case's events from the referral day. */
interface Timeline {
  screen: number;
  panel: number;
  agree: number;
  six: number;
  twelve: number;
  closeAfterTwelve: number;
  withdraw: number;
}

/**
 * The referral days on which `plan` fits: its anchor event inside the plan's window, and the
 * referral after the authority joined Dovetail. `null` when nothing fits.
 */
function referralWindow(plan: Plan, t: Timeline, earliest: number): [number, number] | null {
  const toAgree = t.screen + t.panel + t.agree;
  let lo: number;
  let hi: number;
  switch (plan) {
    case "REFERRAL":
      [lo, hi] = [AS_OF_DAY - 7, AS_OF_DAY];
      break;
    case "SCREENING":
      [lo, hi] = [AS_OF_DAY - 25, AS_OF_DAY - 1];
      break;
    case "NO_FURTHER_ACTION":
    case "SIGNPOSTED":
      [lo, hi] = [earliest, AS_OF_DAY - t.screen];
      break;
    case "PANEL":
      [lo, hi] = [AS_OF_DAY - 75 - t.screen - t.panel, AS_OF_DAY - t.screen - t.panel];
      break;
    case "SUPPORT":
      // Agreed within the last six months: the six-month review is still to come.
      [lo, hi] = [AS_OF_DAY - 175 - toAgree, AS_OF_DAY - 3 - toAgree];
      break;
    case "REVIEW":
      // Six-month review held, twelve-month review not yet due.
      [lo, hi] = [AS_OF_DAY - 358 - toAgree, AS_OF_DAY - 200 - toAgree];
      break;
    case "CLOSED_AFTER_SUPPORT":
      [lo, hi] = [earliest, AS_OF_DAY - toAgree - 365 - t.twelve - t.closeAfterTwelve];
      break;
    case "CONSENT_WITHDRAWN":
      [lo, hi] = [earliest, AS_OF_DAY - toAgree - t.withdraw];
      break;
  }
  lo = max(lo, earliest);
  return lo <= hi ? [lo, hi] : null;
}

function pickLead(rng: Rng, index: number): LocalAuthorityInfo {
  const fixed = FIXED_LEADS[index % FIXED_LEAD_EVERY];
  return fixed ? localAuthority(fixed) : LEAD_AUTHORITY.pick(rng);
}

function referringAgency(rng: Rng, sector: ReferringSector, authority: LocalAuthorityInfo): string {
  switch (sector) {
    case S.EDUCATION:
      return rng.pick(educationAgenciesFor(authority));
    case S.POLICE:
      // Some referrals come straight from the regional CT unit, most from the local force.
      return rng.chance(0.4) ? CT_UNIT_BY_REGION[authority.region] : authority.policeForceId;
    case S.HEALTH:
      return rng.pick(healthAgenciesFor(authority));
    case S.PRISONS:
    case S.PROBATION:
      return PROBATION_BY_REGION[authority.region];
    case S.LOCAL_AUTHORITY:
    case S.COMMUNITY:
    case S.FAMILY_AND_FRIENDS:
    case S.OTHER:
      // Received by the authority's front door.
      return authority.id;
  }
}

/** Numbers references per programme and referral year, in case order (so prefixes are stable). */
type ReferenceSequence = (programme: Programme, referredDay: number) => string;

function generateCase(seed: number, index: number, nextReference: ReferenceSequence): CaseBundle {
  const rng = new Rng(streamSeed(seed, index));
  const authority = pickLead(rng, index);
  const region = authority.region;
  const ctUnit = CT_UNIT_BY_REGION[region];
  const probation = PROBATION_BY_REGION[region];
  const programme = rng.chance(0.1) ? Programme.DDP : Programme.CHANNEL;
  const ddp = programme === Programme.DDP;

  // Timeline first, then a referral day on which the chosen plan fits.
  const t: Timeline = {
    screen: rng.int(3, 20),
    panel: rng.int(7, 28),
    agree: rng.int(0, 21),
    six: rng.int(-5, 14),
    twelve: rng.int(-5, 14),
    closeAfterTwelve: rng.int(0, 7),
    withdraw: rng.int(14, 90),
  };
  const earliest = max(START_DAY, PHASE_START_DAY.get(authority.phaseId) ?? START_DAY);
  let plan: Plan = (ddp ? DDP_PLANS : CHANNEL_PLANS).pick(rng);
  let window = referralWindow(plan, t, earliest);
  while (window === null) {
    plan = FALLBACK[plan] ?? "REFERRAL";
    window = referralWindow(plan, t, earliest);
  }
  const referred = rng.int(window[0], window[1]);
  const minute = () => rng.int(8 * 60, 18 * 60 + 59);

  // The subject.
  const [minAge, maxAge] = (ddp ? DDP_AGES : CHANNEL_AGES).pick(rng);
  const targetAge = rng.int(minAge, maxAge);
  const referredDate = isoDate(referred);
  const [ry, rm, rd] = [+referredDate.slice(0, 4), +referredDate.slice(5, 7), +referredDate.slice(8, 10)];
  const dobDay = rng.int(dayFromParts(ry - targetAge - 1, rm, rd) + 1, dayFromParts(ry - targetAge, rm, rd));
  const dateOfBirth = isoDate(dobDay);
  const age = ageOn(dateOfBirth, referredDate);
  const gender = (ddp ? DDP_GENDERS : CHANNEL_GENDERS).pick(rng);
  const place = rng.pick(authority.towns);
  const district = rng.pick(place.districts);
  const person: SeedPerson = {
    id: deterministicUuid(seed, IdKind.Person, index),
    givenName: givenNameFor(rng, gender),
    familyName: inventedSurname(rng),
    dateOfBirth,
    gender,
    postcode: `${district} 9Z${rng.pick(INWARD_LETTERS)}`,
    town: place.town,
  };

  const typeOfConcern = (ddp ? DDP_CONCERNS : CHANNEL_CONCERNS).pick(rng);
  const referringSector = (ddp ? DDP_SECTORS : age < 18 ? YOUNG_SECTORS : ADULT_SECTORS).pick(rng);
  const referringAgencyId = referringAgency(rng, referringSector, authority);
  const stage = stageOf(plan);

  // Screening by the regional CT unit.
  const screenDay = referred + t.screen;
  const screened = plan !== "REFERRAL" && plan !== "SCREENING";
  const decision =
    plan === "NO_FURTHER_ACTION"
      ? ScreeningDecision.NO_FURTHER_ACTION
      : plan === "SIGNPOSTED"
        ? ScreeningDecision.SIGNPOSTED
        : ScreeningDecision.ADOPTED_TO_PANEL;
  const screening = screened
    ? { decision, reason: rng.pick(SCREENING_REASONS[decision]), decidedAt: isoInstant(screenDay, minute()), decidedByAgencyId: ctUnit }
    : null;

  const paneled = screened && decision === ScreeningDecision.ADOPTED_TO_PANEL;
  const panelDay = screenDay + t.panel;
  const agreeDay = panelDay + t.agree;

  // The panel: lead authority and CT unit, plus partners that fit the subject.
  const panelMemberAgencyIds: string[] = [];
  let healthProvider: string | null = null;
  if (paneled) {
    const members = new Set<string>([authority.id, ctUnit]);
    const kirklees = authority.id === "kirklees";
    if (ddp || (age >= 18 && rng.chance(0.08))) members.add(probation);
    if (rng.chance(kirklees ? 0.5 : 0.35)) {
      healthProvider = AGENCY_BY_ID.get(referringAgencyId)?.kind === AgencyKind.HEALTH ? referringAgencyId : rng.pick(healthAgenciesFor(authority));
      members.add(healthProvider);
    }
    if (referringSector === S.EDUCATION && age < 19) members.add(referringAgencyId);
    else if (age < 18 && rng.chance(kirklees ? 0.7 : 0.5)) members.add(rng.pick(educationAgenciesFor(authority)));
    const childrens = CHILDRENS_SERVICES_BY_AUTHORITY[authority.id];
    if (childrens && age < 18 && rng.chance(0.5)) members.add(childrens);
    panelMemberAgencyIds.push(...members);
  }

  const ctLevel = (ddp ? DDP_CT_RISK : CHANNEL_CT_RISK).pick(rng);
  const ctRiskAssessment = paneled
    ? {
        level: ctLevel,
        summary: rng.pick(CT_SUMMARIES[ctLevel]),
        assessedAt: isoInstant(max(screenDay, panelDay - rng.int(1, 5)), minute()),
        assessedByAgencyId: ctUnit,
      }
    : null;
  const vulnerabilityAssessment = paneled
    ? { assessedAt: isoInstant(panelDay, minute()), assessedByAgencyId: authority.id, factors: vafFactors(rng, ctLevel) }
    : null;
  const healthInformation =
    paneled && healthProvider
      ? {
          providedByAgencyId: healthProvider,
          summary: rng.pick(HEALTH_SUMMARIES),
          recordedAt: isoInstant(max(screenDay, panelDay - rng.int(1, 5)), minute()),
        }
      : null;

  const conditionType = DDP_CONDITIONS.pick(rng);
  const conditionStart = referred - rng.int(0, 90);
  const ddpConditions = ddp
    ? {
        conditionType,
        mappaLevel: MAPPA_LEVELS.pick(rng),
        managingAgencyId: probation,
        startsOn: isoDate(conditionStart),
        endsOn:
          conditionType === DdpConditionType.LICENCE
            ? rng.chance(0.15)
              ? null
              : isoDate(conditionStart + 365 * rng.int(1, 6))
            : isoDate(conditionStart + 730),
      }
    : null;

  // Support plan and reviews.
  const supported = plan === "SUPPORT" || plan === "REVIEW" || plan === "CLOSED_AFTER_SUPPORT" || plan === "CONSENT_WITHDRAWN";
  const withdrawn = plan === "CONSENT_WITHDRAWN";
  const supportPlan = supported
    ? {
        agreedAt: isoInstant(agreeDay, minute()),
        consentGiven: !withdrawn,
        parentalConsent: age < 18 ? withdrawn ? rng.chance(0.5) : rng.chance(0.92) : null,
        interventions: interventions(rng, plan, age, healthProvider, panelMemberAgencyIds),
      }
    : null;

  const reviews: SeedCase["reviews"] = [];
  const sixDue = agreeDay + 182;
  const twelveDue = agreeDay + 365;
  if (plan === "SUPPORT") {
    reviews.push(review(seed, index, 0, ReviewKind.SIX_MONTH, sixDue, null, null));
  } else if (plan === "REVIEW" || plan === "CLOSED_AFTER_SUPPORT") {
    reviews.push(review(seed, index, 0, ReviewKind.SIX_MONTH, sixDue, sixDue + t.six, rng.pick(REVIEW_SUMMARIES.SIX_MONTH)));
    const held = plan === "CLOSED_AFTER_SUPPORT";
    reviews.push(
      review(seed, index, 1, ReviewKind.TWELVE_MONTH, twelveDue, held ? twelveDue + t.twelve : null, held ? rng.pick(REVIEW_SUMMARIES.TWELVE_MONTH) : null),
    );
  }

  let outcome: CaseOutcome | null = null;
  let closedDay: number | null = null;
  switch (plan) {
    case "NO_FURTHER_ACTION":
      [outcome, closedDay] = [CaseOutcome.NO_FURTHER_ACTION, screenDay];
      break;
    case "SIGNPOSTED":
      [outcome, closedDay] = [CaseOutcome.SIGNPOSTED, screenDay];
      break;
    case "CLOSED_AFTER_SUPPORT":
      [outcome, closedDay] = [CaseOutcome.CLOSED_AFTER_SUPPORT, twelveDue + t.twelve + t.closeAfterTwelve];
      break;
    case "CONSENT_WITHDRAWN":
      [outcome, closedDay] = [CaseOutcome.CONSENT_WITHDRAWN, agreeDay + t.withdraw];
      break;
    case "REFERRAL":
    case "SCREENING":
    case "PANEL":
    case "SUPPORT":
    case "REVIEW":
      // Still open.
      break;
  }

  // The release's breakdowns. Consent is sought at the panel: a plan was agreed with it (a later
  // withdrawal ends support, it does not undo the consent the plan was agreed with).
  const breakdownRng = new Rng(streamSeed(seed, index, BREAKDOWN_SALT));
  const ethnicity = ETHNICITY_BY_CONCERN[typeOfConcern].pick(breakdownRng);
  const mentalHealthConcern = (!paneled ? MENTAL_HEALTH_AT_REFERRAL : healthInformation ? MENTAL_HEALTH_WITH_HEALTH_PARTNER : MENTAL_HEALTH_AT_PANEL).pick(breakdownRng);
  const consentToSupport = supportPlan ? ConsentToSupport.GIVEN : paneled ? CONSENT_AT_PANEL.pick(breakdownRng) : ConsentToSupport.NOT_KNOWN;

  const caseId = deterministicUuid(seed, IdKind.Case, index);
  const reference = nextReference(programme, referred);
  const kase: SeedCase = {
    id: caseId,
    reference,
    programme,
    stage,
    typeOfConcern,
    referringSector,
    referredAt: isoInstant(referred, minute()),
    referringAgencyId,
    leadAgencyId: authority.id,
    region,
    subjectId: person.id,
    consentToSupport,
    mentalHealthConcern,
    ethnicity,
    panelMemberAgencyIds,
    screening,
    firstPanelAt: paneled ? (vulnerabilityAssessment?.assessedAt ?? null) : null,
    vulnerabilityAssessment,
    ctRiskAssessment,
    healthInformation,
    ddpConditions,
    supportPlan,
    reviews,
    outcome,
    closedAt: closedDay === null ? null : isoInstant(closedDay, minute()),
  };

  // Immigration queries: Kirklees and Oldham chairs ask their region's SPOC about panel subjects.
  const queries: SeedImmigrationQuery[] = [];
  const statuses: SeedImmigrationStatus[] = [];
  const chair = QUERYING_CHAIRS[authority.id];
  if (chair && (plan === "PANEL" || plan === "SUPPORT") && rng.chance(0.75)) {
    const raisedDay = rng.int(screenDay + 1, max(screenDay + 1, min(AS_OF_DAY, agreeDay + 30)));
    const answeredDay = raisedDay + rng.int(1, 14);
    let status = QUERY_STATUSES.pick(rng);
    if (status !== ImmigrationQueryStatus.OPEN && answeredDay > AS_OF_DAY) status = ImmigrationQueryStatus.OPEN;
    const queryId = deterministicUuid(seed, IdKind.ImmigrationQuery, index);
    const answered = status === ImmigrationQueryStatus.ANSWERED;
    const kind = IMMIGRATION_STATUSES.pick(rng);
    const answeredAt = answered ? isoInstant(answeredDay, minute()) : null;
    queries.push({
      id: queryId,
      caseId,
      subjectId: person.id,
      raisedByPractitionerId: chair,
      raisedByAgencyId: authority.id,
      contactId: spocContactIdFor(region),
      question: `Please confirm the current immigration status of the subject of ${ddp ? "DDP" : "Channel"} case ${reference}, referred on ${referredDate}.`,
      status,
      answer: answered ? ANSWERS[kind] : null,
      raisedAt: isoInstant(raisedDay, minute()),
      answeredAt,
    });
    if (answered && answeredAt) {
      statuses.push({ personId: person.id, status: kind, recordedAt: answeredAt, sourceQueryId: queryId });
    }
  }

  return { kase, person, queries, statuses };
}

const INWARD_LETTERS: readonly string[] = "ABDEFGHJLNPQRSTUWXYZ".split("");

const ANSWERS: Readonly<Record<ImmigrationStatusKind, string>> = {
  BRITISH_CITIZEN: "Records indicate the individual is a British citizen; no immigration interest.",
  SETTLED: "Indefinite leave to remain (settled status) confirmed; no current immigration action.",
  PRE_SETTLED: "Pre-settled status under the EU Settlement Scheme; leave valid.",
  LIMITED_LEAVE: "Limited leave to remain, valid; conditions apply. No enforcement action in progress.",
  ASYLUM_CLAIM_PENDING: "An asylum claim is pending a decision; the individual reports as required.",
  NO_VALID_LEAVE: "No valid leave identified; the case is known to immigration enforcement.",
  NOT_KNOWN: "No trace on Home Office systems from the details provided; please send further identifiers.",
};

function stageOf(plan: Plan): CaseStage {
  switch (plan) {
    case "REFERRAL":
      return CaseStage.REFERRAL;
    case "SCREENING":
      return CaseStage.SCREENING;
    case "PANEL":
      return CaseStage.PANEL;
    case "SUPPORT":
      return CaseStage.SUPPORT;
    case "REVIEW":
      return CaseStage.REVIEW;
    case "NO_FURTHER_ACTION":
    case "SIGNPOSTED":
    case "CLOSED_AFTER_SUPPORT":
    case "CONSENT_WITHDRAWN":
      return CaseStage.CLOSED;
  }
}

function review(
  seed: number,
  index: number,
  sub: number,
  kind: ReviewKind,
  dueDay: number,
  heldDay: number | null,
  summary: string | null,
): SeedCase["reviews"][number] {
  return {
    id: deterministicUuid(seed, IdKind.Review, index, sub),
    kind,
    dueOn: isoDate(dueDay),
    heldOn: heldDay === null ? null : isoDate(heldDay),
    summary,
  };
}

function vafFactors(rng: Rng, level: CtRiskLevel): SeedVafFactor[] {
  const ratings = VAF_RATINGS[level];
  const factors: SeedVafFactor[] = [];
  const add = (domain: VafDomain, count: number) => {
    for (const code of rng.sample(VAF_FACTORS[domain], count)) {
      const rating = ratings.pick(rng);
      factors.push({ domain, code, rating, note: rng.pick(VAF_NOTES[rating]) });
    }
  };
  add(VafDomain.ENGAGEMENT, rng.int(2, 4));
  add(VafDomain.INTENT, rng.int(1, 2));
  add(VafDomain.CAPABILITY, rng.int(1, 2));
  return factors;
}

function interventions(
  rng: Rng,
  plan: Plan,
  age: number,
  healthProvider: string | null,
  panel: readonly string[],
): NonNullable<SeedCase["supportPlan"]>["interventions"] {
  const K = InterventionKind;
  const kinds = new Set<InterventionKind>();
  if (rng.chance(0.75)) kinds.add(K.IDEOLOGICAL_MENTORING);
  if (healthProvider && rng.chance(0.7)) kinds.add(K.MENTAL_HEALTH);
  if (age < 19 && rng.chance(0.5)) kinds.add(K.EDUCATION_TRAINING);
  if (age >= 18 && rng.chance(0.3)) kinds.add(K.EMPLOYMENT);
  if (age < 18 && rng.chance(0.4)) kinds.add(K.FAMILY_SUPPORT);
  if (rng.chance(0.1)) kinds.add(K.HOUSING);
  if (rng.chance(0.3)) kinds.add(K.DIVERSIONARY_ACTIVITIES);
  if (rng.chance(0.2)) kinds.add(K.LIFE_SKILLS);
  if (kinds.size === 0) kinds.add(rng.pick(ALL_INTERVENTIONS));

  const school = panel.find((id) => AGENCY_BY_ID.get(id)?.kind === AgencyKind.EDUCATION);
  const commissioning =
    plan === "SUPPORT"
      ? SUPPORT_COMMISSIONING
      : plan === "REVIEW"
        ? REVIEW_COMMISSIONING
        : plan === "CONSENT_WITHDRAWN"
          ? WITHDRAWN_COMMISSIONING
          : null;
  return ALL_INTERVENTIONS.filter((kind) => kinds.has(kind)).map((kind) => ({
    kind,
    provider:
      kind === K.MENTAL_HEALTH && healthProvider
        ? (AGENCY_BY_ID.get(healthProvider)?.name ?? rng.pick(INTERVENTION_PROVIDERS[kind]))
        : kind === K.EDUCATION_TRAINING && school
          ? (AGENCY_BY_ID.get(school)?.name ?? rng.pick(INTERVENTION_PROVIDERS[kind]))
          : rng.pick(INTERVENTION_PROVIDERS[kind]),
    commissioningStatus: commissioning ? commissioning.pick(rng) : CommissioningStatus.COMPLETED,
  }));
}

// ---------------------------------------------------------------------------------------------
// The world.

/**
 * The synthetic world: fixed reference data plus `cases` generated cases. Deterministic for a
 * seed and prefix-stable: case i (its person, reviews, queries, reference) is the same whatever
 * the total count, because its randomness comes only from (seed, i) and references are numbered
 * in case order.
 */
export function generateWorld(options: GenerateWorldOptions): SeedWorld {
  const count = max(0, floor(options.cases));
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const cases: SeedCase[] = new Array(count);
  const people: SeedPerson[] = new Array(count);
  const immigrationQueries: SeedImmigrationQuery[] = [];
  const immigrationStatuses: SeedImmigrationStatus[] = [];
  const sequence = new Map<string, number>();
  const nextReference: ReferenceSequence = (programme, referredDay) => {
    const prefix = `${programme === Programme.DDP ? "DDP" : "CH"}-${yearOf(referredDay)}`;
    const next = (sequence.get(prefix) ?? 0) + 1;
    sequence.set(prefix, next);
    return `${prefix}-${`${next}`.padStart(5, "0")}`;
  };

  for (let index = 0; index < count; index++) {
    const { kase, person, queries, statuses } = generateCase(seed, index, nextReference);
    cases[index] = kase;
    people[index] = person;
    for (const query of queries) immigrationQueries.push(query);
    for (const status of statuses) immigrationStatuses.push(status);
  }

  return {
    agencies: structuredClone(AGENCIES) as SeedWorld["agencies"],
    practitioners: structuredClone(PRACTITIONERS) as SeedWorld["practitioners"],
    people,
    cases,
    immigrationContacts: structuredClone(IMMIGRATION_CONTACTS) as SeedWorld["immigrationContacts"],
    immigrationQueries,
    immigrationStatuses,
    rolloutPhases: structuredClone(ROLLOUT_PHASES) as SeedWorld["rolloutPhases"],
    boards: structuredClone(BOARDS) as SeedWorld["boards"],
    qualityAssuranceReviews: structuredClone(QUALITY_ASSURANCE_REVIEWS) as SeedWorld["qualityAssuranceReviews"],
    selfAssessments: structuredClone(SELF_ASSESSMENTS) as SeedWorld["selfAssessments"],
    sharingAgreements: structuredClone(SHARING_AGREEMENTS) as SeedWorld["sharingAgreements"],
  };
}
