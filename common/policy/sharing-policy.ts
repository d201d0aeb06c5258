import { AgencyKind, PractitionerRole } from "../domain";
import { Relationship, type Category } from "./vocabulary";

/**
 * THE SHARING POLICY: who may see which categories of data, under which relationship to the case.
 *
 * Read each rule as: "a practitioner of one of these agency kinds, holding one of these roles,
 * whose agency has this relationship to the case, may see these categories". Anything not
 * granted here is refused (deny by default). Rules only add; none takes away.
 *
 * Where the domain brief was unclear we chose the stricter reading; each such choice is written
 * in the rule's `note`. `docs/sharing-policy.md` is generated from this file (`npm run compose`).
 */
export interface PolicyRule {
  id: string;
  /** Agency kinds the rule applies to; omitted: any kind. */
  agencyKinds?: readonly AgencyKind[];
  /** Roles the rule applies to (a practitioner needs one of them). */
  roles: readonly PractitionerRole[];
  relationship: Relationship;
  /** For AGREEMENT, the categories are the agreement's own (at most `may`). */
  may: readonly Category[];
  why: string;
  note?: string;
}

const K = AgencyKind;
const R = PractitionerRole;

/** Roles that work cases. Oversight, board and data-protection roles never reach a person through a case. */
export const CASEWORK_ROLES: readonly PractitionerRole[] = [
  R.CHANNEL_CHAIR,
  R.PREVENT_COORDINATOR,
  R.CASE_OFFICER,
  R.CT_OFFICER,
  R.IMMIGRATION_SPOC,
  R.HEALTH_LIAISON,
  R.OFFENDER_MANAGER,
  R.SAFEGUARDING_LEAD,
];

export const ALL_ROLES: readonly PractitionerRole[] = Object.values(PractitionerRole);

const LOCAL_AUTHORITY_CASEWORK = [R.CHANNEL_CHAIR, R.PREVENT_COORDINATOR, R.CASE_OFFICER] as const;

export const SHARING_POLICY: readonly PolicyRule[] = [
  {
    id: "reference-data",
    roles: ALL_ROLES,
    relationship: Relationship.ANY,
    may: ["reference"],
    why: "Reference data (partners, regions, rollout phases, boards, the SPOC directory, practitioners' work contacts) is shared with every partner.",
  },
  {
    id: "dpo-audit-trail",
    roles: [R.DATA_PROTECTION_OFFICER],
    relationship: Relationship.ANY,
    may: ["reference.audit"],
    why: "The data protection officer reads the trail of disclosures across every subgraph; nobody else does.",
  },
  {
    id: "oversight-aggregates",
    roles: [R.BOARD_MEMBER, R.OVERSIGHT],
    relationship: Relationship.ANY,
    may: ["aggregate"],
    why: "The Governance Board and Home Office oversight follow the rollout with suppressed statistics, never identities.",
  },
  {
    id: "own-authority-statistics",
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: [R.CHANNEL_CHAIR, R.PREVENT_COORDINATOR],
    relationship: Relationship.LEAD,
    may: ["aggregate"],
    why: "A local authority's Channel Chair and Prevent coordinator see the statistics of the cases their authority leads, unsuppressed: the cases are theirs already.",
    note: "Only their own authority, and only the chair and coordinator, not case officers. Small numbers stay unsuppressed because nothing in them is new to the authority; no one else's numbers are shown beside them.",
  },
  {
    id: "lead-authority-casework",
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: LOCAL_AUTHORITY_CASEWORK,
    relationship: Relationship.LEAD,
    may: ["personal", "special.concern", "special.vaf", "special.support", "special.ddp", "special.ethnicity"],
    why: "The lead local authority manages the case: the subject's identity, the VAF, the support plan, for DDP the conditions, and the ethnic group it records for the official statistics.",
    note: "Stricter reading: the ethnic group stays with the lead authority; panel members, screeners, referrers and quality-assurance reviewers do not need it to assess or support the case.",
  },
  {
    id: "lead-authority-chair",
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: [R.CHANNEL_CHAIR],
    relationship: Relationship.LEAD,
    may: ["special.health", "restricted.ctRisk"],
    why: "The Channel Chair runs the panel: health information shared with the panel and CT policing's risk assessment summary.",
    note: "Stricter reading: only the chair, not case officers or coordinators, sees health detail and the CT risk summary.",
  },
  {
    id: "panel-member",
    agencyKinds: [K.LOCAL_AUTHORITY, K.CT_POLICING, K.POLICE, K.PROBATION, K.EDUCATION, K.OTHER],
    roles: CASEWORK_ROLES,
    relationship: Relationship.PANEL,
    may: ["personal", "special.concern", "special.vaf", "special.support"],
    why: "Panel members assess the case together: identity, type of concern, VAF and support plan; never CT risk or health detail.",
  },
  {
    id: "panel-health",
    agencyKinds: [K.HEALTH],
    roles: [R.HEALTH_LIAISON],
    relationship: Relationship.PANEL,
    may: ["personal"],
    why: "A health trust on the panel needs the subject's identity to match its own records.",
    note: "Stricter reading: health sees the identity and the health information it provided, not the VAF or the ideology.",
  },
  {
    id: "health-provider",
    agencyKinds: [K.HEALTH],
    roles: [R.HEALTH_LIAISON],
    relationship: Relationship.HEALTH_PROVIDER,
    may: ["special.health"],
    why: "A health trust sees the health information it provided.",
  },
  {
    id: "referrer",
    roles: CASEWORK_ROLES,
    relationship: Relationship.REFERRER,
    may: ["personal"],
    why: "The referring agency learns what became of its referral (stage, outcome), about a person it already knows.",
    note: "Stricter reading: the referrer alone sees no special-category or restricted data.",
  },
  {
    id: "ct-screening",
    agencyKinds: [K.CT_POLICING],
    roles: [R.CT_OFFICER],
    relationship: Relationship.SCREENER,
    may: ["personal", "special.concern"],
    why: "CT policing screens referrals in its region: identity, type of concern and the screening decision.",
  },
  {
    id: "ct-risk-owner",
    agencyKinds: [K.CT_POLICING],
    roles: [R.CT_OFFICER],
    relationship: Relationship.CT_ASSESSOR,
    may: ["personal", "restricted.ctRisk"],
    why: "The CT risk assessment is CT policing's own: the unit that made it sees it.",
  },
  {
    id: "ddp-offender-manager",
    agencyKinds: [K.PROBATION],
    roles: [R.OFFENDER_MANAGER],
    relationship: Relationship.DDP_MANAGER,
    may: ["personal", "special.concern", "special.ddp", "special.support"],
    why: "Probation manages DDP cases under court-approved conditions: identity, concern, conditions and the support delivered.",
  },
  {
    id: "immigration-spoc",
    agencyKinds: [K.IMMIGRATION_ENFORCEMENT],
    roles: [R.IMMIGRATION_SPOC],
    relationship: Relationship.SPOC_ASKED,
    may: ["personal", "restricted.immigration"],
    why: "The SPOC a question was put to sees the question, the subject's identity the question needs, and the status.",
    note: "Stricter reading: the SPOC never sees the case record itself; only the named SPOC asked, not all of immigration enforcement.",
  },
  {
    id: "immigration-query-raiser",
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: [R.CHANNEL_CHAIR],
    relationship: Relationship.QUERY_RAISER,
    may: ["personal", "restricted.immigration"],
    why: "The Channel Chair who asked about a subject's immigration status sees the question, the answer and the status.",
  },
  {
    id: "quality-assurance-sample",
    agencyKinds: [K.HOME_OFFICE],
    roles: [R.OVERSIGHT],
    relationship: Relationship.QA_SAMPLE,
    may: ["personal", "special.concern", "special.vaf", "special.support"],
    why: "A quality-assurance reviewer reads the case files of the review's sample, for the review's window only.",
    note: "Stricter reading: never CT risk or health detail, and only under the purpose `quality assurance`.",
  },
  {
    id: "subject-access",
    roles: [R.DATA_PROTECTION_OFFICER],
    relationship: Relationship.SUBJECT_ACCESS,
    may: ["personal", "special.concern", "special.vaf", "special.support", "special.health", "special.ddp", "special.ethnicity", "restricted.immigration"],
    why: "A subject access request: the data protection officer assembles everything held on the person the purpose names.",
    note: "CT policing's risk assessment is withheld (DPA 2018 national security and crime exemptions) and marked as withheld, not dropped.",
  },
  {
    id: "information-sharing-agreement",
    roles: CASEWORK_ROLES,
    relationship: Relationship.AGREEMENT,
    may: ["personal", "special.concern", "special.vaf", "special.support", "special.health", "special.ddp", "special.ethnicity"],
    why: "An active information-sharing agreement lets a party see what it names of the cases the other party leads.",
    note: "Agreements never share restricted data (CT risk, immigration status).",
  },
];

/** Actions (mutations) and who may take them. */
export interface ActionRule {
  id: string;
  roles: readonly PractitionerRole[];
  why: string;
}

export const ACTIONS = {
  manageSharingAgreements: {
    id: "manage-sharing-agreements",
    roles: [R.PREVENT_COORDINATOR, R.DATA_PROTECTION_OFFICER],
    why: "A Prevent coordinator signs agreements for their own agency; a data protection officer may create or end any.",
  },
  raiseImmigrationQuestion: {
    id: "raise-immigration-question",
    roles: [R.CHANNEL_CHAIR],
    why: "A Channel Chair asks their region's immigration SPOC about the subject of a case their authority leads.",
  },
  withdrawImmigrationQuestion: {
    id: "withdraw-immigration-question",
    roles: [R.CHANNEL_CHAIR],
    why: "The chair's authority that raised a question may withdraw it while it is open.",
  },
  answerImmigrationQuestion: {
    id: "answer-immigration-question",
    roles: [R.IMMIGRATION_SPOC],
    why: "Only the SPOC a question was put to answers it, recording the status.",
  },
  maintainSpocDirectory: {
    id: "maintain-spoc-directory",
    roles: [R.IMMIGRATION_SPOC],
    why: "Immigration enforcement maintains its own SPOC directory.",
  },
  recordBoardBusiness: {
    id: "record-board-business",
    roles: [R.BOARD_MEMBER],
    why: "Board members record the Governance Board's meetings and decisions.",
  },
  manageRollout: {
    id: "manage-rollout",
    roles: [R.OVERSIGHT],
    why: "Home Office oversight moves authorities into rollout phases and carries out quality-assurance reviews.",
  },
  submitSelfAssessment: {
    id: "submit-self-assessment",
    roles: [R.PREVENT_COORDINATOR, R.CHANNEL_CHAIR],
    why: "A local authority submits its own self-assessment against the toolkit's standards.",
  },
} as const satisfies Record<string, ActionRule>;

/**
 * CASE WORK: who may change a case, by action (see the lifecycle table in the cases subgraph).
 * A caller needs one of the roles at one of the agency kinds and, unless `relationship` is null,
 * that relationship to the case. Every change is also recorded (collection or alteration).
 */
export interface CaseWorkRule {
  id: string;
  actions: readonly string[];
  agencyKinds?: readonly AgencyKind[];
  roles: readonly PractitionerRole[];
  /** The relationship the caller's agency must have to the case; null for a new referral. */
  relationship: Relationship | null;
  why: string;
}

const CHAIR_ACTIONS = ["CHANGE_PANEL", "AGREE_SUPPORT_PLAN", "CLOSE_AT_PANEL", "CLOSE_AFTER_SUPPORT", "WITHDRAW_CONSENT", "TRANSFER"] as const;
const CASE_OFFICER_ACTIONS = ["RECORD_VAF", "SIX_MONTH_REVIEW", "TWELVE_MONTH_REVIEW", "SET_DDP_CONDITIONS"] as const;

export const CASE_WORK_RULES: readonly CaseWorkRule[] = [
  {
    id: "refer",
    actions: ["REFER"],
    roles: CASEWORK_ROLES,
    relationship: null,
    why: "Any partner may refer a concern; its agency becomes the referrer.",
  },
  {
    id: "ct-screening",
    actions: ["ACCEPT_FOR_SCREENING", "ADOPT_TO_PANEL", "SCREEN_OUT"],
    agencyKinds: [K.CT_POLICING],
    roles: [R.CT_OFFICER],
    relationship: Relationship.SCREENER,
    why: "CT policing screens the referrals of its region.",
  },
  {
    id: "channel-chair",
    actions: [...CHAIR_ACTIONS, ...CASE_OFFICER_ACTIONS],
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: [R.CHANNEL_CHAIR],
    relationship: Relationship.LEAD,
    why: "The lead authority's Channel Chair runs the panel: members, support, reviews, closure and transfer.",
  },
  {
    id: "case-officer",
    actions: CASE_OFFICER_ACTIONS,
    agencyKinds: [K.LOCAL_AUTHORITY],
    roles: [R.CASE_OFFICER, R.PREVENT_COORDINATOR],
    relationship: Relationship.LEAD,
    why: "The lead authority's case officers record assessments, reviews and DDP conditions.",
  },
  {
    id: "ddp-offender-manager",
    actions: ["SET_DDP_CONDITIONS"],
    agencyKinds: [K.PROBATION],
    roles: [R.OFFENDER_MANAGER],
    relationship: Relationship.DDP_MANAGER,
    why: "The managing probation service keeps a DDP case's conditions up to date.",
  },
];

/** May this principal take `action` on a case it has these relationships to? */
export function mayDoCaseWork(action: string, principal: { agencyKind: AgencyKind; roles: readonly PractitionerRole[] }, relationships: ReadonlySet<Relationship>): boolean {
  return CASE_WORK_RULES.some(
    (rule) =>
      rule.actions.includes(action) &&
      (!rule.agencyKinds || rule.agencyKinds.includes(principal.agencyKind)) &&
      rule.roles.some((r) => principal.roles.includes(r)) &&
      (rule.relationship === null || relationships.has(rule.relationship)),
  );
}

/** The roles that may take any of `actions` (what the shield checks before the service checks the case). */
export function caseWorkAction(id: string, actions: readonly string[], why: string): ActionRule {
  const roles = new Set<PractitionerRole>();
  for (const rule of CASE_WORK_RULES) if (rule.actions.some((a) => actions.includes(a))) for (const r of rule.roles) roles.add(r);
  return { id, roles: [...roles], why };
}
