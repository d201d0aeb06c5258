/**
 * The words of the sharing policy: data classes, the finer categories the policy grants, and
 * the relationships a partner can have to a case. See `sharing-policy.ts` for the rules.
 */

/** The five data classes every field of the graph belongs to. */
export const DATA_CLASSES = ["reference", "personal", "special", "restricted", "aggregate"] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/**
 * What the policy grants. Special-category and restricted data are split by topic, because the
 * domain shares them differently: a school on the panel sees the VAF but not health detail.
 */
export const CATEGORIES = [
  "reference",
  "reference.audit",
  "personal",
  "special.concern",
  "special.vaf",
  "special.support",
  "special.health",
  "special.ddp",
  "special.ethnicity",
  "restricted.ctRisk",
  "restricted.immigration",
  "aggregate",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_DESCRIPTIONS: Readonly<Record<Category, string>> = {
  reference: "Reference data: agencies, regions, rollout phases, boards, the SPOC directory, practitioners' work contacts.",
  "reference.audit": "The access audit log: who consulted or received which rows and fields, when and why (ids only, no names).",
  personal: "Personal data: a subject's identity and the facts of their case (reference number, stage, dates, agencies involved).",
  "special.concern": "Special category: the type of concern (ideology) and the reasons given at screening.",
  "special.vaf": "Special category: the Vulnerability Assessment Framework assessment and its factors.",
  "special.support": "Special category: the support plan, its interventions and review notes (they reveal health and beliefs).",
  "special.health": "Special category: health information a health partner shared with the panel.",
  "special.ddp": "Criminal offence data: DDP conditions (licence, TPIM, TEO) and MAPPA level.",
  "special.ethnicity": "Special category: the subject's racial or ethnic origin (the broad ethnic group recorded for the official statistics).",
  "restricted.ctRisk": "Restricted: counter-terrorism policing's risk assessment.",
  "restricted.immigration": "Restricted: immigration status, and the questions and answers that reveal it.",
  aggregate: "Aggregate: counts and rates with small numbers suppressed.",
};

export function classOf(category: Category): DataClass {
  const dot = category.indexOf(".");
  return (dot < 0 ? category : category.slice(0, dot)) as DataClass;
}

/** Categories an information-sharing agreement may cover. Restricted data is never shared by agreement. */
export const AGREEMENT_CATEGORIES: readonly Category[] = CATEGORIES.filter((c) => {
  const cls = classOf(c);
  return cls === "personal" || cls === "special";
});

/** A partner's relationship to a case (or to a question about its subject). */
export enum Relationship {
  /** Every authenticated caller: reference data and, where granted, aggregates. */
  ANY = "ANY",
  /** The caller's agency leads the case. */
  LEAD = "LEAD",
  /** The caller's agency sits on the case's Channel panel. */
  PANEL = "PANEL",
  /** The caller's agency made the referral. */
  REFERRER = "REFERRER",
  /** A CT policing unit that screened the referral, or must screen an unscreened one in its region. */
  SCREENER = "SCREENER",
  /** The CT policing unit that made the case's CT risk assessment. */
  CT_ASSESSOR = "CT_ASSESSOR",
  /** The health partner that shared the case's health information. */
  HEALTH_PROVIDER = "HEALTH_PROVIDER",
  /** The probation service managing a DDP case's conditions. */
  DDP_MANAGER = "DDP_MANAGER",
  /** The immigration SPOC an immigration question about the subject was put to. */
  SPOC_ASKED = "SPOC_ASKED",
  /** The Channel Chair's authority that raised an immigration question about the subject. */
  QUERY_RAISER = "QUERY_RAISER",
  /** An active information-sharing agreement between the caller's agency and the lead agency. */
  AGREEMENT = "AGREEMENT",
  /** A subject access request for the row's subject: purpose `subject access; person=<id>`. */
  SUBJECT_ACCESS = "SUBJECT_ACCESS",
  /** A case sampled by the caller's agency's quality-assurance review, in its window, under purpose `quality assurance`. */
  QA_SAMPLE = "QA_SAMPLE",
}

export const RELATIONSHIP_DESCRIPTIONS: Readonly<Record<Relationship, string>> = {
  ANY: "any authenticated partner, whatever its relationship",
  LEAD: "its agency leads the case",
  PANEL: "its agency sits on the case's Channel panel",
  REFERRER: "its agency made the referral",
  SCREENER: "its CT policing unit screened the referral, or the referral awaits screening in its region",
  CT_ASSESSOR: "its CT policing unit made the case's CT risk assessment",
  HEALTH_PROVIDER: "its health trust shared the case's health information",
  DDP_MANAGER: "its probation service manages the DDP case's conditions",
  SPOC_ASKED: "it is the immigration SPOC an immigration question about the subject was put to",
  QUERY_RAISER: "its authority raised an immigration question about the subject",
  AGREEMENT: "an active information-sharing agreement between its agency and the case's lead agency covers the data",
  SUBJECT_ACCESS: "the request states the purpose `subject access; person=<id>` and the data is about that person",
  QA_SAMPLE: "its quality-assurance review sampled the case, today is within the review's access window, and the request states the purpose `quality assurance`",
};

/** The GraphQL enum of agreement categories and the policy's own names for them. */
export const SHARED_CATEGORY: Readonly<Record<string, Category>> = {
  PERSONAL: "personal",
  SPECIAL_CONCERN: "special.concern",
  SPECIAL_VAF: "special.vaf",
  SPECIAL_SUPPORT: "special.support",
  SPECIAL_HEALTH: "special.health",
  SPECIAL_DDP: "special.ddp",
  SPECIAL_ETHNICITY: "special.ethnicity",
};
