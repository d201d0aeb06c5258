import type { Category } from "./vocabulary";

/**
 * The data class of every field of every type in the graph, in one place a data protection
 * officer can read. A test fails when a field of any subgraph is missing here: nothing is
 * shared by accident. Subgraphs build their field rules (subgraphs/kit/permissions.ts) from this table.
 *
 * `list` marks a field that returns rows each filtered by need-to-know (in SQL): the field is
 * open to whoever could see its category on some row; the rows are then checked one by one.
 * `internal` marks federation plumbing the gateway uses and clients cannot select.
 */
export interface FieldClass {
  category: Category;
  list?: true;
  internal?: true;
}

const c = (category: Category): FieldClass => ({ category });
const list = (category: Category): FieldClass => ({ category, list: true });
const internal = (category: Category = "reference"): FieldClass => ({ category, internal: true });
const audit = c("reference.audit");

const reference = c("reference");
// Statistics: open to whoever the policy grants aggregates under some relationship; the
// statistics service then decides between the suppressed cube and the caller's own authority.
const stat = list("aggregate");
const statFields = (...names: string[]): Record<string, FieldClass> => Object.fromEntries(names.map((n) => [n, stat]));
const personal = c("personal");

export const FIELD_CLASSES: Readonly<Record<string, Readonly<Record<string, FieldClass>>>> = {
  Query: {
    // agencies
    agencies: reference,
    agency: reference,
    sharingAgreements: reference,
    sharingAgreement: reference,
    accessProfile: internal(),
    // people
    practitioner: reference,
    practitioners: reference,
    // cases
    cases: list("personal"),
    case: list("personal"),
    caseByReference: list("personal"),
    person: list("personal"),
    // immigration-contacts
    immigrationContacts: reference,
    immigrationQueries: list("personal"),
    immigrationQuery: list("personal"),
    // governance-boards
    governanceBoards: reference,
    governanceBoard: reference,
    rolloutPhases: reference,
    rolloutPhase: reference,
    selfAssessments: reference,
    // every subgraph (internal), and the trail across them (the gateway's audit-trail subgraph)
    auditRecords: internal("reference.audit"),
    auditChainReport: internal("reference.audit"),
    personFacts: internal("personal"),
    drawCaseSample: internal(),
    qualityAssuranceAccess: internal(),
    disclosures: audit,
    auditChainStatus: audit,
    preventStatistics: stat,
  },
  Mutation: {
    createSharingAgreement: reference,
    endSharingAgreement: reference,
    // cases: what each writes (each also records collection or alteration)
    referCase: personal,
    acceptForScreening: personal,
    recordScreeningDecision: c("special.concern"),
    addPanelMember: personal,
    removePanelMember: personal,
    recordVulnerabilityAssessment: c("special.vaf"),
    agreeSupportPlan: c("special.support"),
    recordReview: c("special.support"),
    closeCase: personal,
    transferCase: personal,
    setDdpConditions: c("special.ddp"),
    // immigration-contacts
    raiseImmigrationQuestion: c("restricted.immigration"),
    answerImmigrationQuestion: c("restricted.immigration"),
    withdrawImmigrationQuestion: c("restricted.immigration"),
    saveImmigrationContact: reference,
    // governance-boards
    recordBoardMeeting: reference,
    recordBoardDecision: reference,
    setBoardDecisionStatus: reference,
    moveAuthorityToPhase: reference,
    recordQualityAssuranceReview: reference,
    submitSelfAssessment: reference,
    // people (peer calls from cases only)
    registerPerson: internal("personal"),
  },

  Agency: {
    id: reference,
    name: reference,
    kind: reference,
    region: reference,
    cases: list("personal"),
    dovetailPhase: reference,
    selfAssessments: reference,
    statistics: stat,
  },
  SharingAgreement: {
    id: reference,
    title: reference,
    legalBasis: reference,
    categories: reference,
    validFrom: reference,
    validTo: reference,
    parties: reference,
    createdAt: reference,
    createdBy: reference,
    endedAt: reference,
    endedBy: reference,
    endReason: reference,
    active: reference,
  },
  AccessProfile: {
    agencyId: internal(),
    kind: internal(),
    region: internal(),
    grants: internal(),
  },
  AccessGrant: {
    partnerAgencyId: internal(),
    categories: internal(),
  },

  Person: {
    id: personal,
    givenName: personal,
    familyName: personal,
    dateOfBirth: personal,
    gender: personal,
    postcode: personal,
    town: personal,
    cases: list("personal"),
    immigrationStatus: c("restricted.immigration"),
    caseAccess: internal(),
    immigrationAccess: internal(),
  },
  Practitioner: {
    id: reference,
    name: reference,
    email: reference,
    agency: reference,
    roles: reference,
  },

  CaseConnection: {
    edges: list("personal"),
    pageInfo: list("personal"),
    totalCount: list("personal"),
  },
  CaseEdge: {
    cursor: list("personal"),
    node: list("personal"),
  },
  CasePageInfo: {
    hasNextPage: list("personal"),
    endCursor: list("personal"),
  },
  Case: {
    id: personal,
    reference: personal,
    programme: personal,
    stage: personal,
    typeOfConcern: c("special.concern"),
    referringSector: personal,
    referredAt: personal,
    firstPanelAt: personal,
    outcome: personal,
    closedAt: personal,
    version: personal,
    leadAgency: personal,
    referringAgency: personal,
    panelMembers: personal,
    subject: personal,
    screening: personal,
    vulnerabilityAssessment: c("special.vaf"),
    ctRiskAssessment: c("restricted.ctRisk"),
    healthInformation: c("special.health"),
    ddpConditions: c("special.ddp"),
    supportPlan: c("special.support"),
    consentToSupport: c("special.support"),
    mentalHealthConcern: c("special.health"),
    ethnicity: c("special.ethnicity"),
    reviews: personal,
    immigrationQueries: list("personal"),
  },
  Screening: {
    decision: personal,
    reason: c("special.concern"),
    decidedAt: personal,
    decidedBy: personal,
  },
  VulnerabilityAssessment: {
    assessedAt: c("special.vaf"),
    assessedBy: c("special.vaf"),
    factors: c("special.vaf"),
    engagement: c("special.vaf"),
    intent: c("special.vaf"),
    capability: c("special.vaf"),
  },
  VafFactor: {
    domain: c("special.vaf"),
    code: c("special.vaf"),
    rating: c("special.vaf"),
    note: c("special.vaf"),
  },
  CtRiskAssessment: {
    level: c("restricted.ctRisk"),
    summary: c("restricted.ctRisk"),
    assessedAt: c("restricted.ctRisk"),
    assessedBy: c("restricted.ctRisk"),
  },
  HealthInformation: {
    summary: c("special.health"),
    recordedAt: c("special.health"),
    providedBy: c("special.health"),
  },
  DdpConditions: {
    conditionType: c("special.ddp"),
    mappaLevel: c("special.ddp"),
    startsOn: c("special.ddp"),
    endsOn: c("special.ddp"),
    managingAgency: c("special.ddp"),
  },
  SupportPlan: {
    agreedAt: c("special.support"),
    consentGiven: c("special.support"),
    parentalConsent: c("special.support"),
    interventions: c("special.support"),
  },
  SupportIntervention: {
    kind: c("special.support"),
    provider: c("special.support"),
    commissioningStatus: c("special.support"),
  },
  CaseReview: {
    id: personal,
    kind: personal,
    dueOn: personal,
    heldOn: personal,
    summary: c("special.support"),
  },

  ImmigrationContact: {
    id: reference,
    name: reference,
    region: reference,
    email: reference,
    phone: reference,
    agency: reference,
  },
  ImmigrationQuery: {
    id: personal,
    question: c("restricted.immigration"),
    status: personal,
    answer: c("restricted.immigration"),
    raisedAt: personal,
    answeredAt: personal,
    case: personal,
    subject: personal,
    raisedBy: personal,
    raisedByAgency: personal,
    contact: personal,
  },
  ImmigrationStatus: {
    status: c("restricted.immigration"),
    recordedAt: c("restricted.immigration"),
  },

  GovernanceBoard: { id: reference, name: reference, description: reference, members: reference, meetings: reference },
  BoardMember: { role: reference, agency: reference },
  BoardMeeting: { id: reference, heldOn: reference, title: reference, attendees: reference, decisions: reference },
  BoardDecision: { id: reference, summary: reference, dueOn: reference, status: reference, owner: reference },
  RolloutPhase: {
    id: reference,
    name: reference,
    ordinal: reference,
    description: reference,
    startsOn: reference,
    endsOn: reference,
    agencies: reference,
    memberships: reference,
    qualityAssuranceReviews: reference,
    statistics: stat,
  },
  PreventStatistics: statFields("period", "periodStart", "periodEnd", "provisional", "by", "disclosureControl", "suppressionThreshold", "computedAt", "total", "rows"),
  StatisticsRow: statFields(
    "localAuthority",
    "region",
    "rolloutPhase",
    "referringSector",
    "typeOfConcern",
    "ageBand",
    "gender",
    "consentToSupport",
    "mentalHealthConcern",
    "ethnicity",
    "referrals",
    "discussedAtPanel",
    "adoptedAsChannelCase",
    "noFurtherAction",
    "signposted",
    "supportedThroughChannel",
    "closedAfterSupport",
    "ddpCaseload",
    "panelRate",
    "adoptionRate",
    "medianDaysToScreeningDecision",
    "medianDaysToFirstPanel",
  ),
  StatisticCount: statFields("value", "suppressed"),
  StatisticRate: statFields("value", "suppressed"),
  StatisticMedian: statFields("days", "suppressed"),
  RolloutPhaseMembership: { joinedOn: reference, agency: reference },
  QualityAssuranceReview: {
    id: reference,
    reviewedOn: reference,
    sampleSize: reference,
    rating: reference,
    summary: reference,
    phase: reference,
    agency: reference,
    reviewer: reference,
    accessFrom: reference,
    accessTo: reference,
  },

  // Reached only through the peer-only personFacts: no data beyond yes or no.
  PersonFacts: { exists: internal(), minor: internal(), ageBand: internal(), gender: internal() },
  AuditRecordRow: {
    subgraph: internal("reference.audit"),
    seq: internal("reference.audit"),
    recordedAt: internal("reference.audit"),
    action: internal("reference.audit"),
    requestId: internal("reference.audit"),
    operationName: internal("reference.audit"),
    userSub: internal("reference.audit"),
    userIssuer: internal("reference.audit"),
    agencyId: internal("reference.audit"),
    roles: internal("reference.audit"),
    purpose: internal("reference.audit"),
    purposeCase: internal("reference.audit"),
    purposePerson: internal("reference.audit"),
    entries: internal("reference.audit"),
    hash: internal("reference.audit"),
  },
  AuditChainReportRow: {
    subgraph: internal("reference.audit"),
    records: internal("reference.audit"),
    intact: internal("reference.audit"),
    brokenSeq: internal("reference.audit"),
    brokenReason: internal("reference.audit"),
    startedAt: internal("reference.audit"),
    finishedAt: internal("reference.audit"),
  },
  AuditChainStatus: { checkedAt: audit, intact: audit, chains: audit },
  AuditChain: { subgraph: audit, state: audit, records: audit, firstBroken: audit, problem: audit, startedAt: audit, finishedAt: audit },
  AuditChainBreak: { recordId: audit, seq: audit, reason: audit },
  DisclosureConnection: { edges: audit, pageInfo: audit },
  DisclosureEdge: { cursor: audit, node: audit },
  DisclosurePageInfo: { hasNextPage: audit, endCursor: audit },
  Disclosure: {
    id: audit,
    subgraph: audit,
    seq: audit,
    action: audit,
    recordedAt: audit,
    requestId: audit,
    operationName: audit,
    userId: audit,
    userIssuer: audit,
    agency: audit,
    roles: audit,
    purpose: audit,
    purposeCase: audit,
    purposePerson: audit,
    entries: audit,
    hash: audit,
  },
  DisclosureEntry: { entityType: audit, entityId: audit, subjectId: audit, fields: audit },

  SelfAssessment: {
    id: reference,
    period: reference,
    submittedOn: reference,
    standardsMet: reference,
    standardsTotal: reference,
    rating: reference,
    summary: reference,
    agency: reference,
  },
};

export function fieldClass(typeName: string, fieldName: string): FieldClass | undefined {
  return FIELD_CLASSES[typeName]?.[fieldName];
}
