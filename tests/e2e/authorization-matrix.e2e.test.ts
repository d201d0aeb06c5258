import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FIELD_CLASSES, type FieldClass } from "../../common/policy/classification";
import { CASEWORK_ROLES } from "../../common/policy/sharing-policy";
import { isProtected } from "../../common/policy/purpose";
import { SUBGRAPH_NAMES } from "../../common/config";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { PERSONAS } from "../../seed/generate";
import type { SeedCase, SeedImmigrationQuery } from "../../seed/world";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { ATTR_REQUEST_ID, flushTracing, startTracing, stopTracing } from "../../common/telemetry/tracing";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";
import { PolicyOracle, oraclePrincipal } from "../fixtures/policy-oracle";

/**
 * The authorization matrix: every persona against every classified field, through the gateway
 * over HTTP, compared with what the sharing policy says (computed independently from the seed
 * world by the oracle). Any value where the policy refuses is a leak; any refusal or missing row
 * where the policy grants is a wrongful denial. Both fail the test.
 */

const CASE_FIELDS = /* GraphQL */ `
  fragment CaseAll on Case {
    __typename id reference programme stage typeOfConcern referringSector referredAt firstPanelAt outcome closedAt version
    consentToSupport mentalHealthConcern ethnicity
    leadAgency { __typename id } referringAgency { __typename id } panelMembers { __typename id }
    subject { ...PersonAll cases { __typename id } }
    screening { __typename decision reason decidedAt decidedBy { __typename id } }
    vulnerabilityAssessment {
      __typename assessedAt assessedBy { __typename id }
      factors { __typename domain code rating note } engagement { __typename code } intent { __typename code } capability { __typename code }
    }
    ctRiskAssessment { __typename level summary assessedAt assessedBy { __typename id } }
    healthInformation { __typename summary recordedAt providedBy { __typename id } }
    ddpConditions { __typename conditionType mappaLevel startsOn endsOn managingAgency { __typename id } }
    supportPlan { __typename agreedAt consentGiven parentalConsent interventions { __typename kind provider commissioningStatus } }
    reviews { __typename id kind dueOn heldOn summary }
    immigrationQueries { ...QueryAll }
  }
`;

const QUERY_FIELDS = /* GraphQL */ `
  fragment PersonAll on Person {
    __typename id givenName familyName dateOfBirth gender postcode town immigrationStatus { __typename status recordedAt }
  }
  fragment QueryAll on ImmigrationQuery {
    __typename id question status answer raisedAt answeredAt
    subject { ...PersonAll }
    raisedBy { __typename id name email roles agency { __typename id } }
    raisedByAgency { __typename id name }
    contact { __typename id name region email phone agency { __typename id } }
  }
`;

const CASE_PAGE = /* GraphQL */ `
  query MatrixCases($after: String) {
    cases(first: 100, after: $after) {
      __typename totalCount pageInfo { __typename hasNextPage endCursor }
      edges { __typename cursor node { ...CaseAll } }
    }
  }
  ${CASE_FIELDS}
  ${QUERY_FIELDS}
`;

const QUERIES = /* GraphQL */ `
  query MatrixQueries {
    immigrationQueries(first: 200) { ...QueryAll case { __typename id reference stage } }
  }
  ${QUERY_FIELDS}
`;

const REFERENCE = /* GraphQL */ `
  query MatrixReference {
    agencies {
      __typename id name kind region
      dovetailPhase { __typename id name }
      selfAssessments { __typename id period submittedOn standardsMet standardsTotal rating summary agency { __typename id } }
      cases(first: 100) { __typename id reference subject { __typename id givenName } }
    }
    agency(id: "kirklees") { __typename id name }
    rolloutPhases {
      __typename id name ordinal description startsOn endsOn agencies { __typename id }
      memberships { __typename joinedOn agency { __typename id } }
      qualityAssuranceReviews { __typename id reviewedOn sampleSize rating summary accessFrom accessTo phase { __typename id } agency { __typename id } reviewer { __typename id } }
    }
    rolloutPhase(id: "pilot-2018") { __typename id }
    governanceBoards {
      __typename id name description members { __typename role agency { __typename id } }
      meetings { __typename id heldOn title attendees { __typename id } decisions { __typename id summary dueOn status owner { __typename id } } }
    }
    governanceBoard(id: "dovetail-governance-board") { __typename id }
    selfAssessments { __typename id }
    immigrationContacts { __typename id name region email phone agency { __typename id name kind region } }
    practitioners { __typename id name email roles agency { __typename id } }
    practitioner(id: "kirklees-channel-chair") { __typename id name }
    sharingAgreements {
      __typename id title legalBasis categories validFrom validTo createdAt createdBy endedAt endedBy endReason active parties { __typename id }
    }
    sharingAgreement(id: "isa-kirklees-childrens-services") { __typename id }
    disclosures(first: 5) {
      __typename pageInfo { __typename hasNextPage endCursor }
      edges {
        __typename cursor
        node {
          __typename id subgraph seq action recordedAt requestId operationName userId userIssuer agency { __typename id } roles
          purpose purposeCase purposePerson hash entries { __typename entityType entityId subjectId fields }
        }
      }
    }
    auditChainStatus {
      __typename checkedAt intact
      chains { __typename subgraph state records problem startedAt finishedAt firstBroken { __typename recordId seq reason } }
    }
  }
`;

const STATISTICS_FIELDS = /* GraphQL */ `
  fragment StatisticsAll on PreventStatistics {
    __typename period periodStart periodEnd provisional by disclosureControl suppressionThreshold computedAt
    total { ...StatisticsRowAll } rows { ...StatisticsRowAll }
  }
  fragment StatisticsRowAll on StatisticsRow {
    __typename localAuthority { __typename id } region rolloutPhase { __typename id } referringSector typeOfConcern ageBand gender
    consentToSupport mentalHealthConcern ethnicity
    referrals { ...Count } discussedAtPanel { ...Count } adoptedAsChannelCase { ...Count } noFurtherAction { ...Count } signposted { ...Count }
    supportedThroughChannel { ...Count } closedAfterSupport { ...Count } ddpCaseload { ...Count }
    panelRate { __typename value suppressed } adoptionRate { __typename value suppressed }
    medianDaysToScreeningDecision { __typename days suppressed } medianDaysToFirstPanel { __typename days suppressed }
  }
  fragment Count on StatisticCount { __typename value suppressed }
`;

const STATISTICS = /* GraphQL */ `
  query MatrixStatistics($filter: StatisticsFilter, $agency: ID!, $everywhere: Boolean!) {
    preventStatistics(period: "2020-21", by: [LOCAL_AUTHORITY], filter: $filter) { ...StatisticsAll }
    agency(id: $agency) { __typename id statistics(period: "2020-21", by: [AGE_BAND]) { ...StatisticsAll } }
    rolloutPhase(id: "pilot-2018") @include(if: $everywhere) { __typename id statistics(period: "2020-21", by: [GENDER]) { ...StatisticsAll } }
  }
  ${STATISTICS_FIELDS}
`;

const CASE_TYPES = new Set(["Case", "Screening", "VulnerabilityAssessment", "VafFactor", "CtRiskAssessment", "HealthInformation", "DdpConditions", "SupportPlan", "SupportIntervention", "CaseReview"]);
const newestFirst = (a: SeedCase, b: SeedCase) => (a.referredAt === b.referredAt ? (a.id < b.id ? 1 : -1) : a.referredAt < b.referredAt ? 1 : -1);
const queriesNewestFirst = (a: SeedImmigrationQuery, b: SeedImmigrationQuery) => (a.raisedAt === b.raisedAt ? a.id.localeCompare(b.id) : a.raisedAt < b.raisedAt ? 1 : -1);

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

interface Tally {
  instances: number;
  /** Protected field instances disclosed, each matched against the disclosure records. */
  disclosuresChecked: number;
  recordsMatched: number;
  allowed: number;
  denialsChecked: number;
  rowsChecked: number;
  leaks: string[];
  wrongful: string[];
  mismatches: string[];
  /** `Type.field` observed, per persona. */
  seen: Map<string, Set<string>>;
}

interface RowCtx {
  caseId?: string;
  personId?: string;
  queryId?: string;
  /** A case reached through a question's pointer: its id came from immigration-contacts, not disclosed by cases. */
  viaPointer?: boolean;
}

describe.each(testDatabases())("authorization matrix on $label", ({ label, create }) => {
  let platform: TestPlatform;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-matrix-log-")), "platform.log");
  const tally: Tally = { instances: 0, disclosuresChecked: 0, recordsMatched: 0, allowed: 0, denialsChecked: 0, rowsChecked: 0, leaks: [], wrongful: [], mismatches: [], seen: new Map() };

  // Every span of the run, to check that none carries personal data (below).
  const spans = new InMemorySpanExporter();

  beforeAll(async () => {
    await startTracing({ exporters: [], protocol: "http/json", serviceName: null }, { services: "many", exporter: spans });
    // The lookups query asks for every row at once: thousands of aliases, far over production's limits.
    platform = await startTestPlatform(create(), {
      cases: 300,
      // Every log line of the run is kept, to check that none carries personal data (below).
      env: { LIMIT_MAX_ALIASES: "100000", LIMIT_MAX_TOKENS: "1000000", LIMIT_MAX_COST: "10000000", LIMIT_MAX_DEPTH: "20", LOG_LEVEL: "debug", LOG_FILE: logFile },
    });
  });
  afterAll(async () => {
    const pairs = [...tally.seen.values()].reduce((n, s) => n + s.size, 0);
    console.log(
      `[matrix ${label}] personas: ${tally.seen.size}; persona x field pairs checked: ${pairs}; field instances: ${tally.instances} ` +
        `(allowed ${tally.allowed}, denials checked ${tally.denialsChecked}); rows checked: ${tally.rowsChecked}; ` +
        `leaks: ${tally.leaks.length}; wrongful denials: ${tally.wrongful.length}; value mismatches: ${tally.mismatches.length}; ` +
        `protected disclosures checked against the audit records: ${tally.disclosuresChecked}, records matched: ${tally.recordsMatched}`,
    );
    await platform?.shutdown();
    await stopTracing();
  });

  it.each(PERSONAS.map((p) => p.id))("%s sees exactly what the policy grants", async (personaId) => {
    const world = platform.world;
    const persona = PERSONAS.find((p) => p.id === personaId)!;
    const oracle = new PolicyOracle(world, oraclePrincipal(persona, world));
    const headers = await platform.as(personaId);
    const cases = new Map(world.cases.map((c) => [c.id, c]));
    const people = new Map(world.people.map((p) => [p.id, p]));
    const queries = new Map(world.immigrationQueries.map((q) => [q.id, q]));
    const seen = new Set<string>();
    tally.seen.set(personaId, seen);
    const local = { leaks: [] as string[], wrongful: [] as string[], mismatches: [] as string[] };

    const fieldAllowed = (type: string, field: string, cls: FieldClass, ctx: RowCtx): boolean => {
      if (cls.list) return oracle.mayEverSee(cls.category);
      if (CASE_TYPES.has(type)) {
        const c = ctx.caseId ? cases.get(ctx.caseId) : undefined;
        return c ? oracle.granted(cls.category, oracle.caseRels(c)) : false;
      }
      if (type === "Person" || type === "ImmigrationStatus") {
        if (!ctx.personId) return false;
        if (field === "immigrationStatus" || type === "ImmigrationStatus") return oracle.personViaQueries(ctx.personId, cls.category);
        return oracle.personViaCases(ctx.personId, cls.category) || oracle.personViaQueries(ctx.personId, cls.category);
      }
      if (type === "ImmigrationQuery") {
        const q = ctx.queryId ? queries.get(ctx.queryId) : undefined;
        return q ? oracle.granted(cls.category, oracle.queryRels(q)) : false;
      }
      return oracle.granted(cls.category, { kinds: new Set(["ANY" as never]), agreed: new Set() });
    };

    /** Scalars compared with the world where the world has them (catches wrong data behind an allowed field). */
    const expectedValue = (type: string, field: string, ctx: RowCtx): Json | undefined => {
      const c = ctx.caseId ? cases.get(ctx.caseId) : undefined;
      const person = ctx.personId ? people.get(ctx.personId) : undefined;
      const q = ctx.queryId ? queries.get(ctx.queryId) : undefined;
      switch (type) {
        case "Case":
          if (!c) return undefined;
          return (
            {
              reference: c.reference,
              programme: c.programme,
              stage: c.stage,
              typeOfConcern: c.typeOfConcern,
              referringSector: c.referringSector,
              referredAt: c.referredAt,
              firstPanelAt: c.firstPanelAt,
              outcome: c.outcome,
              closedAt: c.closedAt,
              consentToSupport: c.consentToSupport,
              mentalHealthConcern: c.mentalHealthConcern,
              ethnicity: c.ethnicity,
            } as Record<string, Json>
          )[field];
        case "Screening":
          return c?.screening ? ({ decision: c.screening.decision, reason: c.screening.reason, decidedAt: c.screening.decidedAt } as Record<string, Json>)[field] : undefined;
        case "CtRiskAssessment":
          return c?.ctRiskAssessment ? ({ level: c.ctRiskAssessment.level, summary: c.ctRiskAssessment.summary, assessedAt: c.ctRiskAssessment.assessedAt } as Record<string, Json>)[field] : undefined;
        case "HealthInformation":
          return c?.healthInformation ? ({ summary: c.healthInformation.summary, recordedAt: c.healthInformation.recordedAt } as Record<string, Json>)[field] : undefined;
        case "DdpConditions":
          return c?.ddpConditions
            ? ({ conditionType: c.ddpConditions.conditionType, mappaLevel: c.ddpConditions.mappaLevel, startsOn: c.ddpConditions.startsOn, endsOn: c.ddpConditions.endsOn } as Record<string, Json>)[field]
            : undefined;
        case "SupportPlan":
          return c?.supportPlan ? ({ agreedAt: c.supportPlan.agreedAt, consentGiven: c.supportPlan.consentGiven, parentalConsent: c.supportPlan.parentalConsent } as Record<string, Json>)[field] : undefined;
        case "VulnerabilityAssessment":
          return c?.vulnerabilityAssessment && field === "assessedAt" ? c.vulnerabilityAssessment.assessedAt : undefined;
        case "Person":
          return person ? ({ givenName: person.givenName, familyName: person.familyName, dateOfBirth: person.dateOfBirth, gender: person.gender, postcode: person.postcode, town: person.town } as Record<string, Json>)[field] : undefined;
        case "ImmigrationQuery":
          return q ? ({ question: q.question, status: q.status, answer: q.answer, raisedAt: q.raisedAt, answeredAt: q.answeredAt } as Record<string, Json>)[field] : undefined;
        default:
          return undefined;
      }
    };

    /** Which row a nested object belongs to, from its parent (ids may themselves be refused). */
    const childCtx = (type: string, field: string, ctx: RowCtx, value: Json): RowCtx => {
      if (type === "Case" && field === "subject" && ctx.caseId) return { personId: cases.get(ctx.caseId)?.subjectId };
      if (type === "ImmigrationQuery" && field === "subject" && ctx.queryId) return { personId: queries.get(ctx.queryId)?.subjectId };
      if (type === "ImmigrationQuery" && field === "case" && ctx.queryId) return { caseId: queries.get(ctx.queryId)?.caseId, viaPointer: true };
      if (type === "Person" && field === "immigrationStatus") return { personId: ctx.personId };
      if (CASE_TYPES.has(type) && value !== null && typeof value === "object") return { caseId: ctx.caseId };
      return {};
    };

    const walk = (node: Json, path: (string | number)[], ctx: RowCtx, forbidden: Set<string>, rootType?: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => walk(n, [...path, i], ctx, forbidden));
        return;
      }
      if (node === null || typeof node !== "object") return;
      const type = rootType ?? (node.__typename as string);
      expect(typeof type).toBe("string");
      let here = ctx;
      if (type === "Case" && typeof node.id === "string") here = { caseId: node.id, viaPointer: ctx.viaPointer };
      if (type === "Person" && typeof node.id === "string") here = { personId: node.id };
      if (type === "ImmigrationQuery" && typeof node.id === "string") here = { queryId: node.id };
      for (const [field, value] of Object.entries(node)) {
        if (field === "__typename") continue;
        const at = [...path, field].join(".");
        const cls = FIELD_CLASSES[type]?.[field];
        if (!cls) throw new Error(`${type}.${field} in a response has no class`);
        const allowed = fieldAllowed(type, field, cls, here);
        const denied = forbidden.has(at);
        tally.instances += 1;
        seen.add(`${type}.${field}`);
        if (allowed && denied) local.wrongful.push(`${personaId}: ${type}.${field} refused at ${at}`);
        else if (!allowed && !denied) local.leaks.push(`${personaId}: ${type}.${field} ${value === null ? "null without FORBIDDEN" : "disclosed"} at ${at}`);
        else if (!allowed) {
          tally.denialsChecked += 1;
          if (value !== null) local.leaks.push(`${personaId}: ${type}.${field} refused but carries a value at ${at}`);
        } else {
          tally.allowed += 1;
          noteDisclosure(type, field, cls, here);
          if (type === "ImmigrationQuery" && field === "case") {
            // A pointer to the case only for the raising authority, and only to a case it may see.
            const q = queries.get(here.queryId!)!;
            const expectCase = oracle.queryRels(q).kinds.has("QUERY_RAISER" as never) && oracle.caseVisible(cases.get(q.caseId)!);
            if ((value !== null) !== expectCase) (value !== null ? local.leaks : local.wrongful).push(`${personaId}: ImmigrationQuery.case at ${at}`);
            if (value === null) continue;
          }
          const expected = expectedValue(type, field, here);
          if (expected !== undefined && value !== expected) local.mismatches.push(`${personaId}: ${type}.${field} at ${at} is ${JSON.stringify(value)}, world has ${JSON.stringify(expected)}`);
          walk(value, [...path, field], childCtx(type, field, here, value), forbidden);
        }
      }
    };

    /** What the current request disclosed, as `entity|id|Type.field`, to match against the records. */
    let disclosed = new Set<string>();
    const noteDisclosure = (type: string, field: string, cls: FieldClass, ctx: RowCtx) => {
      if (cls.list || !isProtected(cls.category)) return;
      if (type === "Case" && field === "id" && ctx.viaPointer) return;
      const row = CASE_TYPES.has(type)
        ? ["Case", ctx.caseId]
        : type === "Person" || type === "ImmigrationStatus"
          ? ["Person", ctx.personId]
          : type === "ImmigrationQuery"
            ? ["ImmigrationQuery", ctx.queryId]
            : [type, undefined];
      disclosed.add(`${row[0]}|${row[1] ?? "?"}|${type}.${field}`);
    };
    let requestNo = 0;
    let requestId = "";
    /**
     * The records of a request name exactly what it disclosed, each field of each row in exactly one
     * record of the subgraph that disclosed it (the gateway may call a subgraph more than once).
     */
    const checkRecords = async () => {
      const recorded = new Set<string>();
      for (const name of SUBGRAPH_NAMES) {
        const records = await platform.databases[name].dataSource.getRepository(AuditRecord).find({ where: { requestId } });
        const inThisSubgraph = new Set<string>();
        for (const record of records) {
          tally.recordsMatched += 1;
          expect(record).toMatchObject({ action: "DISCLOSURE", userSub: personaId, agencyId: persona.agencyId, purpose: "case review" });
          for (const e of JSON.parse(record.entries) as AuditEntry[]) {
            for (const f of e.fields) {
              const key = `${e.type}|${e.id}|${f}`;
              if (inThisSubgraph.has(key)) local.mismatches.push(`${personaId}: ${name} recorded ${key} twice for ${requestId}`);
              inThisSubgraph.add(key);
              recorded.add(key);
            }
          }
        }
      }
      tally.disclosuresChecked += disclosed.size;
      for (const d of disclosed) if (!recorded.has(d)) local.mismatches.push(`${personaId}: ${d} disclosed by ${requestId} but not recorded`);
      for (const r of recorded) if (!disclosed.has(r)) local.mismatches.push(`${personaId}: ${r} recorded for ${requestId} but not disclosed`);
      disclosed = new Set();
    };

    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      if (requestId) await checkRecords();
      requestId = `matrix-${label}-${personaId}-${++requestNo}`;
      const res = await postGraphQL<Obj>(platform.gatewayUrl, query, variables, { ...headers, "x-request-id": requestId });
      expect(res.status).toBe(200);
      const other = (res.body.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN");
      expect(other).toEqual([]);
      return res;
    };
    const forbiddenOf = (res: GraphQLResponse<Obj>) => new Set((res.body.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN").map((e) => (e.path ?? []).join(".")));
    const sameRows = (what: string, actual: string[], expected: string[]) => {
      tally.rowsChecked += Math.max(actual.length, expected.length);
      const extra = actual.filter((id) => !expected.includes(id));
      const missing = expected.filter((id) => !actual.includes(id));
      for (const id of extra) local.leaks.push(`${personaId}: ${what} returned ${id}`);
      for (const id of missing) local.wrongful.push(`${personaId}: ${what} withheld ${id}`);
      if (extra.length === 0 && missing.length === 0 && actual.join() !== expected.join()) local.mismatches.push(`${personaId}: ${what} out of order`);
    };

    // 1. Every case the persona may list, every field of each, page by page.
    const visibleCases = world.cases.filter((c) => oracle.caseVisible(c)).sort(newestFirst);
    const listed: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res = await post(CASE_PAGE, { after });
      const forbidden = forbiddenOf(res);
      walk(res.body.data as Json, [], {}, forbidden, "Query");
      const conn = res.body.data!.cases as Obj | null;
      if (!conn) {
        expect(oracle.mayEverSee("personal")).toBe(false);
        break;
      }
      if (page === 0) expect(conn.totalCount).toBe(visibleCases.length);
      const edges = conn.edges as Obj[];
      for (const edge of edges) {
        const node = edge.node as Obj;
        listed.push(node.id as string);
        // Lists inside a row: the person's cases and the case's questions.
        const c = cases.get(node.id as string)!;
        const subject = node.subject as Obj | null;
        if (subject?.cases) sameRows(`Person(${c.subjectId}).cases`, (subject.cases as Obj[]).map((x) => x.id as string), oracle.visibleCasesOf(c.subjectId).sort(newestFirst).map((x) => x.id));
        if (node.immigrationQueries) {
          const expectedQueries = world.immigrationQueries.filter((q) => q.caseId === c.id && oracle.queryVisible(q)).sort(queriesNewestFirst).map((q) => q.id);
          sameRows(`Case(${c.id}).immigrationQueries`, (node.immigrationQueries as Obj[]).map((x) => x.id as string), expectedQueries);
        }
      }
      const info = conn.pageInfo as Obj;
      if (!info.hasNextPage) break;
      after = info.endCursor as string;
    }
    sameRows("cases", listed, visibleCases.map((c) => c.id));

    // 2. Immigration questions the persona may list.
    const questions = await post(QUERIES);
    walk(questions.body.data as Json, [], {}, forbiddenOf(questions), "Query");
    const visibleQueries = world.immigrationQueries.filter((q) => oracle.queryVisible(q)).sort(queriesNewestFirst).slice(0, 200);
    const listedQueries = questions.body.data!.immigrationQueries as Obj[] | null;
    if (listedQueries) sameRows("immigrationQueries", listedQueries.map((q) => q.id as string), visibleQueries.map((q) => q.id));
    else expect(oracle.mayEverSee("personal")).toBe(false);

    // 3. Reference data, and every agency's cases.
    const reference = await post(REFERENCE);
    walk(reference.body.data as Json, [], {}, forbiddenOf(reference), "Query");
    for (const agency of reference.body.data!.agencies as Obj[]) {
      if (agency.cases === null) continue;
      const expected = world.cases.filter((c) => c.leadAgencyId === agency.id && oracle.caseVisible(c)).sort(newestFirst).slice(0, 100).map((c) => c.id);
      sameRows(`Agency(${agency.id as string}).cases`, (agency.cases as Obj[]).map((c) => c.id as string), expected);
    }

    // 4. Statistics: board and oversight anywhere (suppressed), a chair or coordinator their own
    // authority (unsuppressed), everyone else nothing.
    const everywhere = oracle.granted("aggregate", { kinds: new Set(["ANY" as never]), agreed: new Set() });
    const own = !everywhere && oracle.mayEverSee("aggregate");
    const statistics = await post(STATISTICS, { filter: own ? { localAuthorityId: persona.agencyId } : null, agency: own ? persona.agencyId : "kirklees", everywhere: !own });
    walk(statistics.body.data as Json, [], {}, forbiddenOf(statistics), "Query");
    if (everywhere || own) {
      const report = statistics.body.data!.preventStatistics as Obj;
      expect(report.disclosureControl).toBe(own ? "OWN_AUTHORITY" : "SUPPRESSED");
    }

    // 5. Lookups by id: an unrelated row answers exactly as a missing one (null, no error).
    const lookups = [
      ...world.cases.map((c, i) => `c${i}: case(id: "${c.id}") { __typename id reference }`),
      ...world.cases.filter((_, i) => i % 10 === 0).map((c, i) => `r${i}: caseByReference(reference: "${c.reference}") { __typename id }`),
      ...world.people.map((p, i) => `p${i}: person(id: "${p.id}") { __typename id givenName }`),
      ...world.immigrationQueries.map((q, i) => `q${i}: immigrationQuery(id: "${q.id}") { __typename id status }`),
      `missing: case(id: "00000000-0000-4000-8000-000000000000") { __typename id }`,
    ];
    const looked = await post(`query MatrixLookups { ${lookups.join("\n")} }`);
    const data = looked.body.data ?? {};
    const forbidden = forbiddenOf(looked);
    const rootDenied = (alias: string) => forbidden.has(alias);
    const mayLook = oracle.mayEverSee("personal");
    const lookup = (alias: string, visible: boolean) => {
      tally.rowsChecked += 1;
      seen.add(`Query.${{ c: "case", r: "caseByReference", p: "person", q: "immigrationQuery", m: "case" }[alias[0]!]!}`);
      if (!mayLook) {
        if (!rootDenied(alias) || data[alias] !== null) local.leaks.push(`${personaId}: ${alias} answered without the right to look`);
        return;
      }
      if (rootDenied(alias)) local.wrongful.push(`${personaId}: ${alias} refused`);
      else if (visible && data[alias] === null) local.wrongful.push(`${personaId}: ${alias} withheld`);
      else if (!visible && data[alias] !== null) local.leaks.push(`${personaId}: ${alias} disclosed`);
    };
    world.cases.forEach((c, i) => lookup(`c${i}`, oracle.caseVisible(c)));
    world.cases.filter((_, i) => i % 10 === 0).forEach((c, i) => lookup(`r${i}`, oracle.caseVisible(c)));
    // `person(id)` is served by the cases subgraph: people reached through a case.
    world.people.forEach((p, i) => lookup(`p${i}`, oracle.personViaCases(p.id, "personal")));
    world.immigrationQueries.forEach((q, i) => lookup(`q${i}`, oracle.queryVisible(q)));
    lookup("missing", false);
    for (const [alias, value] of Object.entries(data)) {
      if (value === null) continue;
      const obj = value as Obj;
      const type = obj.__typename as string;
      const ctx: RowCtx = type === "Case" ? { caseId: obj.id as string } : type === "Person" ? { personId: obj.id as string } : { queryId: obj.id as string };
      walk(value, [alias], ctx, forbidden);
    }
    await checkRecords();

    tally.leaks.push(...local.leaks);
    tally.wrongful.push(...local.wrongful);
    tally.mismatches.push(...local.mismatches);
    expect(local.leaks).toEqual([]);
    expect(local.wrongful).toEqual([]);
    expect(local.mismatches).toEqual([]);
  });

  it("gives every casework persona cases or questions that relate to them, and reaches every classified field", () => {
    for (const persona of PERSONAS.filter((p) => p.roles.some((r) => CASEWORK_ROLES.includes(r)))) {
      const oracle = new PolicyOracle(platform.world, oraclePrincipal(persona, platform.world));
      const related = platform.world.cases.some((c) => oracle.caseVisible(c)) || platform.world.immigrationQueries.some((q) => oracle.queryVisible(q));
      expect([persona.id, related]).toEqual([persona.id, oracle.mayEverSee("personal")]);
    }
    const everySeen = new Set([...tally.seen.values()].flatMap((s) => [...s]));
    const apiFields = Object.entries(FIELD_CLASSES)
      // A chain's first broken record appears only when one is broken (tests/e2e/audit-chain-status.e2e.test.ts breaks one).
      .filter(([type]) => type !== "Mutation" && type !== "AccessProfile" && type !== "AccessGrant" && type !== "AuditChainBreak")
      .flatMap(([type, fields]) => Object.entries(fields).filter(([, cls]) => !cls.internal).map(([field]) => `${type}.${field}`));
    expect(apiFields.filter((f) => !everySeen.has(f))).toEqual([]);
  });

  it("logged every request of the run, and no personal data in any line", () => {
    const text = fs.readFileSync(logFile, "utf8");
    const lines = text.trim().split("\n").map((line) => JSON.parse(line) as { requestId?: string; service?: string; msg?: string });
    // One access line per request at the gateway and per subgraph call, all tied by request id.
    const matrixRequests = new Set(lines.filter((l) => l.msg === "request" && l.requestId?.startsWith(`matrix-${label}-`)).map((l) => l.requestId));
    expect(matrixRequests.size).toBeGreaterThanOrEqual(PERSONAS.length * 4);
    const services = new Set(lines.filter((l) => l.requestId === [...matrixRequests][0]).map((l) => l.service));
    expect(services.has("gateway")).toBe(true);
    expect(services.size).toBeGreaterThan(1);
    const world = platform.world;
    const secrets = [
      ...world.people.flatMap((p) => [p.familyName, p.dateOfBirth, p.postcode]),
      ...world.cases.flatMap((c) => [c.reference, c.screening?.reason, c.healthInformation?.summary, c.ctRiskAssessment?.summary, ...(c.vulnerabilityAssessment?.factors.map((f) => f.note) ?? [])]),
      ...world.immigrationQueries.flatMap((q) => [q.question, q.answer]),
    ].filter((v): v is string => typeof v === "string" && v.length > 3);
    expect(secrets.length).toBeGreaterThan(1000);
    expect(secrets.filter((secret) => text.includes(secret)).slice(0, 5)).toEqual([]);
    // Nor a bearer token or a purpose (which may name a case).
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(text).not.toMatch(/case review/);
  });

  it("traced every request of the run, and no personal data in any span, attribute or event", async () => {
    await flushTracing();
    const finished: ReadableSpan[] = spans.getFinishedSpans();
    const matrix = finished.filter((s) => String(s.attributes[ATTR_REQUEST_ID] ?? "").startsWith(`matrix-${label}-`));
    expect(new Set(matrix.map((s) => s.attributes[ATTR_REQUEST_ID])).size).toBeGreaterThanOrEqual(PERSONAS.length * 4);
    // Every service traced, and SQL statements among the spans.
    expect(new Set(matrix.map((s) => s.resource.attributes["service.name"]))).toEqual(new Set(["gateway", ...SUBGRAPH_NAMES]));
    expect(matrix.filter((s) => s.attributes["db.query.text"] !== undefined).length).toBeGreaterThan(100);
    // Everything a span says: its name, attributes, events (with theirs), status, links and resource.
    const texts = new Set<string>();
    for (const span of finished) {
      texts.add(span.name);
      for (const value of Object.values(span.attributes)) texts.add(JSON.stringify(value));
      for (const event of span.events) texts.add(JSON.stringify([event.name, event.attributes ?? {}]));
      for (const link of span.links) texts.add(JSON.stringify(link.attributes ?? {}));
      texts.add(JSON.stringify([span.status, span.resource.attributes]));
    }
    const world = platform.world;
    const personal = [
      ...world.people.flatMap((p) => [p.givenName, p.familyName, p.dateOfBirth, p.postcode]),
      ...world.cases.flatMap((c) => [c.screening?.reason, c.healthInformation?.summary, c.ctRiskAssessment?.summary, ...(c.vulnerabilityAssessment?.factors.map((f) => f.note) ?? []), ...c.reviews.map((r) => r.summary)]),
      ...world.immigrationQueries.flatMap((q) => [q.question, q.answer]),
    ].filter((v): v is string => typeof v === "string" && v.length > 2);
    expect(personal.length).toBeGreaterThan(1000);
    // Whole words, so that a short name is not found inside a longer word.
    const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const wholeWord = (value: string) => new RegExp(`(^|[^\\w])${escape(value)}($|[^\\w])`);
    const found = [...new Set(personal)].filter((value) => {
      const pattern = wholeWord(value);
      return [...texts].some((t) => pattern.test(t));
    });
    // The search finds a value where there is one.
    expect(wholeWord(personal[0]!).test(JSON.stringify({ "db.query.text": `WHERE x = '${personal[0]!}'` }))).toBe(true);
    expect(found.slice(0, 5)).toEqual([]);
    const all = [...texts].join("\n");
    expect(all).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(all).not.toMatch(/case review/);
  });
});
