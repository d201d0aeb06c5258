import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { graphql, type ExecutionResult } from "graphql";
import type { DataSource } from "typeorm";
import {
  CaseOutcome,
  CaseStage,
  CommissioningStatus,
  ConsentToSupport,
  CtRiskLevel,
  DdpConditionType,
  Ethnicity,
  InterventionKind,
  MentalHealthConcern,
  Programme,
  ReferringSector,
  ReviewKind,
  ScreeningDecision,
  TypeOfConcern,
  VafDomain,
  VafRating,
  Region,
} from "../../common/domain";
import type { SeedCase, SeedWorld } from "../../seed/world";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema } from "../../subgraphs/kit/subgraph";
import { casesSubgraph as def } from "../../subgraphs/cases/server";
import { unitContext } from "../fixtures/access";

// ---------------------------------------------------------------------------------------------
// A tiny synthetic world: made-up agency slugs, made-up ids, no names at all.

const STAGES = Object.values(CaseStage);
const LEADS = ["la-1", "la-2", "la-3"];
const caseId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
// Two cases per subject, so Person.cases has lists longer than one.
const subjectOf = (n: number) => `00000000-0000-4000-9000-${String(Math.ceil(n / 2)).padStart(12, "0")}`;
// Pairs of cases share a referral instant: the id breaks the tie in the order and in cursors.
const referredAt = (n: number) => new Date(Date.UTC(2020, 0, 1, 9) + Math.floor(n / 2) * 3_600_000).toISOString();
const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/** Case 1 has every part, so even a world of one exercises every loader; the others vary. */
function syntheticCase(n: number): SeedCase {
  const at = referredAt(n);
  const ddp = n % 5 === 1;
  const screened = n % 4 !== 0;
  const paneled = n % 3 !== 0 || n === 1;
  const lead = LEADS[n % LEADS.length];
  return {
    id: caseId(n),
    reference: `${ddp ? "DDP" : "CH"}-2020-${String(n).padStart(5, "0")}`,
    programme: ddp ? Programme.DDP : Programme.CHANNEL,
    stage: STAGES[n % STAGES.length],
    typeOfConcern: n % 2 ? TypeOfConcern.EXTREME_RIGHT_WING : TypeOfConcern.MIXED_UNCLEAR,
    referringSector: ReferringSector.EDUCATION,
    referredAt: at,
    referringAgencyId: "school-1",
    leadAgencyId: lead,
    region: Region.LONDON,
    subjectId: subjectOf(n),
    consentToSupport: ConsentToSupport.NOT_KNOWN,
    mentalHealthConcern: MentalHealthConcern.NOT_KNOWN,
    ethnicity: Ethnicity.NOT_KNOWN,
    panelMemberAgencyIds: paneled ? [lead, "ct-unit-1", ...(n % 2 ? ["health-1"] : [])] : [],
    screening: screened
      ? { decision: ScreeningDecision.ADOPTED_TO_PANEL, reason: `Synthetic reason ${n}.`, decidedAt: later(at, 3), decidedByAgencyId: "ct-unit-1" }
      : null,
    firstPanelAt: paneled ? later(at, 10) : null,
    vulnerabilityAssessment: paneled
      ? {
          assessedAt: later(at, 10),
          assessedByAgencyId: lead,
          factors: [
            { domain: VafDomain.ENGAGEMENT, code: "need-for-identity", rating: VafRating.MODERATE, note: `Synthetic note ${n}a.` },
            { domain: VafDomain.ENGAGEMENT, code: "susceptibility", rating: VafRating.LOW, note: `Synthetic note ${n}b.` },
            { domain: VafDomain.INTENT, code: "us-and-them-thinking", rating: VafRating.LOW, note: `Synthetic note ${n}c.` },
            { domain: VafDomain.CAPABILITY, code: "access-to-networks", rating: VafRating.NOT_PRESENT, note: `Synthetic note ${n}d.` },
          ],
        }
      : null,
    ctRiskAssessment: paneled
      ? { level: CtRiskLevel.LOW, summary: `Synthetic CT summary ${n}.`, assessedAt: later(at, 8), assessedByAgencyId: "ct-unit-1" }
      : null,
    healthInformation: n % 2 ? { providedByAgencyId: "health-1", summary: `Synthetic health note ${n}.`, recordedAt: later(at, 9) } : null,
    ddpConditions: ddp
      ? { conditionType: DdpConditionType.LICENCE, mappaLevel: 1 + (n % 3), managingAgencyId: "probation-1", startsOn: "2019-12-01", endsOn: n % 2 ? null : "2022-12-01" }
      : null,
    supportPlan:
      n % 2
        ? {
            agreedAt: later(at, 20),
            consentGiven: true,
            parentalConsent: n % 3 === 1 ? true : null,
            interventions: [
              { kind: InterventionKind.IDEOLOGICAL_MENTORING, provider: "Synthetic Mentoring Ltd", commissioningStatus: CommissioningStatus.DELIVERING },
              { kind: InterventionKind.LIFE_SKILLS, provider: "Synthetic Skills CIC", commissioningStatus: CommissioningStatus.REQUESTED },
            ],
          }
        : null,
    reviews:
      n % 2
        ? [
            { id: `${caseId(n)}:rev:2`, kind: ReviewKind.TWELVE_MONTH, dueOn: "2021-01-20", heldOn: null, summary: null },
            { id: `${caseId(n)}:rev:1`, kind: ReviewKind.SIX_MONTH, dueOn: "2020-07-20", heldOn: "2020-07-22", summary: `Synthetic review ${n}.` },
          ]
        : [],
    outcome: STAGES[n % STAGES.length] === CaseStage.CLOSED ? CaseOutcome.CLOSED_AFTER_SUPPORT : null,
    closedAt: STAGES[n % STAGES.length] === CaseStage.CLOSED ? later(at, 400) : null,
  };
}

function syntheticWorld(count: number): SeedWorld {
  return {
    agencies: [],
    practitioners: [],
    people: [],
    cases: Array.from({ length: count }, (_, i) => syntheticCase(i + 1)),
    immigrationContacts: [],
    immigrationQueries: [],
    immigrationStatuses: [],
    rolloutPhases: [],
    boards: [],
    qualityAssuranceReviews: [],
    selfAssessments: [],
    sharingAgreements: [],
  };
}

/** The order `cases` promises: referredAt DESC, then id DESC. */
const newestFirst = (a: SeedCase, b: SeedCase) => b.referredAt.localeCompare(a.referredAt) || b.id.localeCompare(a.id);

// ---------------------------------------------------------------------------------------------
// Harness: one fresh SQLite database per world size.

interface Db {
  dir: string;
  source: SubgraphDataSource;
  dataSource: DataSource;
  world: SeedWorld;
}

const dbs = new Map<number, Db>();
const SIZES = [1, 10, 100] as const;

async function openWorld(count: number): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cases-${count}-`));
  const source = createDataSource({
    subgraph: "cases",
    database: { kind: "sqlite", dataDir: dir, logSql: false },
    entities: def.entities,
    migrations: def.migrations,
  });
  const dataSource = await openDatabase(source);
  const world = syntheticWorld(count);
  await def.seed(dataSource, world);
  return { dir, source, dataSource, world };
}

beforeAll(async () => {
  for (const size of SIZES) dbs.set(size, await openWorld(size));
});

afterAll(async () => {
  for (const db of dbs.values()) {
    await db.dataSource.destroy();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
});

type Data = Record<string, unknown>;

/** One request with fresh loaders, counting statements from zero. */
async function run(db: Db, query: string, variableValues?: Record<string, unknown>): Promise<{ result: ExecutionResult<Data>; statements: number }> {
  const services = def.createServices(db.dataSource);
  db.source.counter.reset();
  const result = (await graphql({
    schema: subgraphSchema(def as never),
    source: query,
    variableValues,
    contextValue: unitContext(def, services),
  })) as ExecutionResult<Data>;
  return { result, statements: db.source.counter.count };
}

async function data(db: Db, query: string, variableValues?: Record<string, unknown>): Promise<Data> {
  const { result } = await run(db, query, variableValues);
  expect(result.errors).toBeUndefined();
  return result.data as Data;
}

const big = () => dbs.get(100) as Db;

const EVERY_FIELD = `
  fragment EveryField on Case {
    id reference programme stage typeOfConcern referringSector referredAt
    leadAgency { id cases(first: 2) { id reference } }
    referringAgency { id }
    panelMembers { id }
    subject { id cases { id reference } }
    screening { decision reason decidedAt decidedBy { id } }
    firstPanelAt
    vulnerabilityAssessment {
      assessedAt assessedBy { id }
      factors { domain code rating note }
      engagement { code } intent { code } capability { code }
    }
    ctRiskAssessment { level summary assessedAt assessedBy { id } }
    healthInformation { providedBy { id } summary recordedAt }
    ddpConditions { conditionType mappaLevel managingAgency { id } startsOn endsOn }
    supportPlan { agreedAt consentGiven parentalConsent interventions { kind provider commissioningStatus } }
    reviews { id kind dueOn heldOn summary }
    outcome closedAt version
  }`;

const LIST_EVERYTHING = `
  query Everything($first: Int) {
    cases(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...EveryField } }
    }
  }
  ${EVERY_FIELD}`;

const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { __typename ${selection} } }`;

// ---------------------------------------------------------------------------------------------

describe("cases subgraph: statements do not grow with the number of cases", () => {
  test("seeding is idempotent", async () => {
    const db = dbs.get(10) as Db;
    const counts = async () =>
      Promise.all(
        ["cases", "case_panel_members", "vulnerability_assessments", "vaf_factors", "support_interventions", "case_reviews"].map(
          async (t) => ((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`)) as { n: number }[])[0].n,
        ),
      );
    const before = await counts();
    await def.seed(db.dataSource, db.world);
    expect(await counts()).toEqual(before);
    expect(before[0]).toBe(10);
  });

  test("listing every field of 1, 10 and 100 cases costs the same statements", async () => {
    const observed: Record<number, number> = {};
    for (const size of SIZES) {
      const db = dbs.get(size) as Db;
      const { result, statements } = await run(db, LIST_EVERYTHING, { first: 100 });
      expect(result.errors).toBeUndefined();
      const connection = result.data?.cases as { totalCount: number; edges: { node: Data }[] };
      expect(connection.totalCount).toBe(size);
      expect(connection.edges).toHaveLength(size);
      observed[size] = statements;
    }
    // page + count + Agency.cases + Person.cases + panel + VAF + factors + CT risk + health + DDP
    // + support plan + interventions + reviews.
    // ... + the caller's relationships to the cases and to their subjects (need-to-know, one batch each).
    expect(observed).toEqual({ 1: 15, 10: 15, 100: 15 });
  });

  test("resolving 1, 10 and 100 Case representations costs the same statements", async () => {
    const observed: number[] = [];
    for (const size of SIZES) {
      const db = dbs.get(size) as Db;
      const reps = db.world.cases.map((c) => ({ __typename: "Case", id: c.id }));
      const { result, statements } = await run(db, `${ENTITIES("...EveryField")}\n${EVERY_FIELD}`, { r: reps });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(size);
      observed.push(statements);
    }
    // Case loader + the 11 relation batches (no page, no count).
    // ... + the caller's relationships to the cases and to their subjects.
    expect(observed).toEqual([14, 14, 14]);
  });

  test("every field of one case", async () => {
    const d = await data(dbs.get(1) as Db, `{ case(id: "${caseId(1)}") { ...EveryField } } ${EVERY_FIELD}`);
    const c = syntheticCase(1);
    expect(d.case).toEqual({
      id: c.id,
      reference: "DDP-2020-00001",
      programme: "DDP",
      stage: c.stage,
      typeOfConcern: "EXTREME_RIGHT_WING",
      referringSector: "EDUCATION",
      referredAt: c.referredAt,
      leadAgency: { id: c.leadAgencyId, cases: [{ id: c.id, reference: c.reference }] },
      referringAgency: { id: "school-1" },
      panelMembers: [{ id: "ct-unit-1" }, { id: "health-1" }, { id: c.leadAgencyId }],
      subject: { id: c.subjectId, cases: [{ id: c.id, reference: c.reference }] },
      screening: { decision: "ADOPTED_TO_PANEL", reason: "Synthetic reason 1.", decidedAt: later(c.referredAt, 3), decidedBy: { id: "ct-unit-1" } },
      firstPanelAt: later(c.referredAt, 10),
      vulnerabilityAssessment: {
        assessedAt: later(c.referredAt, 10),
        assessedBy: { id: c.leadAgencyId },
        factors: c.vulnerabilityAssessment?.factors,
        engagement: [{ code: "need-for-identity" }, { code: "susceptibility" }],
        intent: [{ code: "us-and-them-thinking" }],
        capability: [{ code: "access-to-networks" }],
      },
      ctRiskAssessment: { level: "LOW", summary: "Synthetic CT summary 1.", assessedAt: later(c.referredAt, 8), assessedBy: { id: "ct-unit-1" } },
      healthInformation: { providedBy: { id: "health-1" }, summary: "Synthetic health note 1.", recordedAt: later(c.referredAt, 9) },
      ddpConditions: { conditionType: "LICENCE", mappaLevel: 2, managingAgency: { id: "probation-1" }, startsOn: "2019-12-01", endsOn: null },
      supportPlan: {
        agreedAt: later(c.referredAt, 20),
        consentGiven: true,
        parentalConsent: true,
        interventions: [
          { kind: "IDEOLOGICAL_MENTORING", provider: "Synthetic Mentoring Ltd", commissioningStatus: "DELIVERING" },
          { kind: "LIFE_SKILLS", provider: "Synthetic Skills CIC", commissioningStatus: "REQUESTED" },
        ],
      },
      // By due date, whatever the seed order.
      reviews: [
        { id: `${c.id}:rev:1`, kind: "SIX_MONTH", dueOn: "2020-07-20", heldOn: "2020-07-22", summary: "Synthetic review 1." },
        { id: `${c.id}:rev:2`, kind: "TWELVE_MONTH", dueOn: "2021-01-20", heldOn: null, summary: null },
      ],
      outcome: null,
      closedAt: null,
      version: 1,
    });
  });

  test("absent parts are null or empty, not errors", async () => {
    // Case 12: not DDP (12 % 5), not screened (12 % 4), not paneled (12 % 3), even (no health, plan or reviews).
    const d = await data(big(), `{ case(id: "${caseId(12)}") { screening { decision } vulnerabilityAssessment { assessedAt } ctRiskAssessment { level }
      healthInformation { summary } ddpConditions { mappaLevel } supportPlan { agreedAt } reviews { id } panelMembers { id } firstPanelAt } }`);
    expect(d.case).toEqual({
      screening: null,
      vulnerabilityAssessment: null,
      ctRiskAssessment: null,
      healthInformation: null,
      ddpConditions: null,
      supportPlan: null,
      reviews: [],
      panelMembers: [],
      firstPanelAt: null,
    });
  });

  test("case and caseByReference go through loaders and return null when missing", async () => {
    const { result, statements } = await run(
      big(),
      `{ a: caseByReference(reference: "CH-2020-00042") { id reference } b: caseByReference(reference: "CH-2020-00043") { id }
         none: caseByReference(reference: "CH-1999-00001") { id } c: case(id: "${caseId(7)}") { id } d: case(id: "${caseId(999)}") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { id: caseId(42), reference: "CH-2020-00042" },
      b: { id: caseId(43) },
      none: null,
      c: { id: caseId(7) },
      d: null,
    });
    // One batch by reference, one by id.
    // + the caller's relationships to the cases found.
    expect(statements).toBe(3);
  });
});

describe("cases subgraph: _entities contract", () => {
  test("Case: in representation order, null for an unknown id, one statement", async () => {
    const reps = [
      { __typename: "Case", id: caseId(3) },
      { __typename: "Case", id: caseId(999) },
      { __typename: "Case", id: caseId(1) },
    ];
    const { result, statements } = await run(big(), ENTITIES("... on Case { id reference leadAgency { id } version }"), { r: reps });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: "Case", id: caseId(3), reference: "CH-2020-00003", leadAgency: { id: "la-1" }, version: 1 },
      null,
      { __typename: "Case", id: caseId(1), reference: "DDP-2020-00001", leadAgency: { id: "la-2" }, version: 1 },
    ]);
    // + relationships.
    expect(statements).toBe(2);
  });

  test("Agency.cases: newest `first` per agency, many agencies in one statement", async () => {
    const reps = [...LEADS, "no-such-agency"].map((id) => ({ __typename: "Agency", id }));
    const { result, statements } = await run(big(), ENTITIES("... on Agency { id cases(first: 3) { id } }"), { r: reps });
    expect(result.errors).toBeUndefined();
    const expected = [...LEADS, "no-such-agency"].map((id) => ({
      __typename: "Agency",
      id,
      cases: big()
        .world.cases.filter((c) => c.leadAgencyId === id)
        .sort(newestFirst)
        .slice(0, 3)
        .map((c) => ({ id: c.id })),
    }));
    expect(result.data?._entities).toEqual(expected);
    expect((result.data?._entities as { cases: unknown[] }[])[0].cases).toHaveLength(3);
    // + relationships.
    expect(statements).toBe(2);
  });

  test("Agency.cases: default page of 20, different page sizes in one request, first out of range", async () => {
    const reps = [{ __typename: "Agency", id: "la-1" }];
    const { result, statements } = await run(
      big(),
      ENTITIES("... on Agency { id all: cases { id } two: cases(first: 2) { id } none: cases(first: 0) { id } }"),
      { r: reps },
    );
    expect(result.errors).toBeUndefined();
    const la1 = big().world.cases.filter((c) => c.leadAgencyId === "la-1").sort(newestFirst);
    expect(result.data?._entities).toEqual([
      { __typename: "Agency", id: "la-1", all: la1.slice(0, 20).map((c) => ({ id: c.id })), two: la1.slice(0, 2).map((c) => ({ id: c.id })), none: [] },
    ]);
    // + relationships.
    expect(statements).toBe(3);

    const bad = await run(big(), ENTITIES("... on Agency { cases(first: 101) { id } }"), { r: reps });
    expect(bad.result.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    expect(bad.statements).toBe(0);
  });

  test("Person.cases: every case about each person, newest first, one statement", async () => {
    const people = [subjectOf(1), subjectOf(10), "00000000-0000-4000-9000-999999999999"];
    const reps = people.map((id) => ({ __typename: "Person", id }));
    const { result, statements } = await run(big(), ENTITIES("... on Person { id cases { id subject { id } } }"), { r: reps });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: "Person", id: subjectOf(1), cases: [caseId(2), caseId(1)].map((id) => ({ id, subject: { id: subjectOf(1) } })) },
      { __typename: "Person", id: subjectOf(10), cases: [caseId(10), caseId(9)].map((id) => ({ id, subject: { id: subjectOf(10) } })) },
      { __typename: "Person", id: people[2], cases: [] },
    ]);
    // + relationships to the people and to their cases.
    expect(statements).toBe(3);
  });
});

describe("cases subgraph: Relay pagination", () => {
  const PAGE = `query($first: Int, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }`;
  type Page = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

  async function walk(first: number, filter?: Data): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d = await data(big(), PAGE, { first, after, filter });
      const page = d.cases as Page;
      pages += 1;
      ids.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return { ids, pages };
      after = page.pageInfo.endCursor;
      if (pages > 200) throw new Error("pagination does not end");
    }
  }

  test("walks every case once, newest first, ties broken by id", async () => {
    const expected = [...big().world.cases].sort(newestFirst).map((c) => c.id);
    const { ids, pages } = await walk(7);
    expect(ids).toEqual(expected);
    expect(pages).toBe(15);
    // Exactly a page's worth left: the last full page says there is no next page.
    const exact = await walk(25);
    expect(exact).toEqual({ ids: expected, pages: 4 });
  });

  test("an edge cursor continues right after its edge", async () => {
    const first = (await data(big(), PAGE, { first: 10 })).cases as Page;
    const fifth = first.edges[4];
    const rest = (await data(big(), PAGE, { first: 5, after: fifth.cursor })).cases as Page;
    expect(rest.edges.map((e) => e.node.id)).toEqual(first.edges.slice(5, 10).map((e) => e.node.id));
    expect(rest.pageInfo.hasNextPage).toBe(true);
  });

  test("default page of 20; first 0 reads one row to answer hasNextPage", async () => {
    const d = (await data(big(), PAGE)).cases as Page;
    expect(d.edges).toHaveLength(20);
    const { result, statements } = await run(big(), PAGE, { first: 0 });
    expect(result.data?.cases).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    expect(statements).toBe(1);
  });

  test.each([-1, 101, 1000])("first: %d is a BAD_USER_INPUT on `first`, before any SQL", async (first) => {
    const { result, statements } = await run(big(), PAGE, { first });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    expect(statements).toBe(0);
  });

  test.each([
    ["not base64 JSON", "definitely-not-a-cursor"],
    ["JSON of the wrong shape", Buffer.from(JSON.stringify({ id: "x" })).toString("base64url")],
    ["a bad instant", Buffer.from(JSON.stringify(["yesterday", caseId(1)])).toString("base64url")],
    ["an empty id", Buffer.from(JSON.stringify(["2020-01-01T09:00:00.000Z", ""])).toString("base64url")],
  ])("a cursor that is %s is a BAD_USER_INPUT on `after`", async (_, after) => {
    const { result, statements } = await run(big(), PAGE, { first: 5, after });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    expect(statements).toBe(0);
  });
});

describe("cases subgraph: filters run in SQL", () => {
  const FILTERED = `query($filter: CaseFilter, $first: Int) {
    cases(first: $first, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage } }
  }`;

  const cases: [string, Data, (c: SeedCase) => boolean][] = [
    ["stage", { stage: "PANEL" }, (c) => c.stage === CaseStage.PANEL],
    ["stages", { stages: ["SUPPORT", "REVIEW"] }, (c) => c.stage === CaseStage.SUPPORT || c.stage === CaseStage.REVIEW],
    ["an empty stages list", { stages: [] }, () => false],
    ["programme", { programme: "DDP" }, (c) => c.programme === Programme.DDP],
    ["typeOfConcern", { typeOfConcern: "MIXED_UNCLEAR" }, (c) => c.typeOfConcern === TypeOfConcern.MIXED_UNCLEAR],
    ["leadAgencyId", { leadAgencyId: "la-3" }, (c) => c.leadAgencyId === "la-3"],
    ["referringAgencyId", { referringAgencyId: "school-1" }, () => true],
    ["panelMemberAgencyId", { panelMemberAgencyId: "health-1" }, (c) => c.panelMemberAgencyIds.includes("health-1")],
    ["subjectId", { subjectId: subjectOf(5) }, (c) => c.subjectId === subjectOf(5)],
    [
      "referredFrom (inclusive) and referredTo (exclusive)",
      { referredFrom: referredAt(20), referredTo: referredAt(30) },
      (c) => c.referredAt >= referredAt(20) && c.referredAt < referredAt(30),
    ],
    [
      "several at once",
      { programme: "CHANNEL", panelMemberAgencyId: "ct-unit-1", stages: ["PANEL", "SUPPORT", "CLOSED"], leadAgencyId: "la-2" },
      (c) =>
        c.programme === Programme.CHANNEL &&
        c.panelMemberAgencyIds.includes("ct-unit-1") &&
        [CaseStage.PANEL, CaseStage.SUPPORT, CaseStage.CLOSED].includes(c.stage) &&
        c.leadAgencyId === "la-2",
    ],
  ];

  test.each(cases)("by %s", async (_, filter, keep) => {
    const expected = big().world.cases.filter(keep).sort(newestFirst).map((c) => c.id);
    const { result, statements } = await run(big(), FILTERED, { filter, first: 100 });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.cases as { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(connection.edges.map((e) => e.node.id)).toEqual(expected);
    expect(connection.totalCount).toBe(expected.length);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    // The page and the count: filtering never loads rows to drop them in memory.
    // ... and the caller's relationships to the cases listed (none to look up when none match).
    expect(statements).toBe(expected.length > 0 ? 3 : 2);
  });

  test("a filtered walk pages within the filter; totalCount is not run unless selected", async () => {
    const filter = { leadAgencyId: "la-1", programme: "CHANNEL" };
    const expected = big().world.cases.filter((c) => c.leadAgencyId === "la-1" && c.programme === Programme.CHANNEL).sort(newestFirst);
    const first = await run(big(), `query($f: CaseFilter) { cases(first: 4, filter: $f) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { f: filter });
    expect(first.statements).toBe(2);
    const page = first.result.data?.cases as { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
    expect(page.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 4).map((c) => c.id));
    const next = await data(big(), `query($f: CaseFilter, $a: String) { cases(first: 4, after: $a, filter: $f) { totalCount edges { node { id } } } }`, {
      f: filter,
      a: page.pageInfo.endCursor,
    });
    expect(next.cases).toEqual({ totalCount: expected.length, edges: expected.slice(4, 8).map((c) => ({ node: { id: c.id } })) });
  });
});
