import { describePostgres } from "../fixtures/databases";
import { graphql, type ExecutionResult } from "graphql";
import type { DataSource } from "typeorm";
import { dbSchemaName } from "../../common/config";
import { CaseStage, CtRiskLevel, Programme, ReferringSector, Region, ScreeningDecision, TypeOfConcern, VafDomain, VafRating, ConsentToSupport, Ethnicity, MentalHealthConcern } from "../../common/domain";
import type { SeedCase, SeedWorld } from "../../seed/world";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema } from "../../subgraphs/kit/subgraph";
import { casesSubgraph as def } from "../../subgraphs/cases/server";
import { unitContext } from "../fixtures/access";

const caseId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const subjectId = (n: number) => `00000000-0000-4000-9000-${String(Math.ceil(n / 2)).padStart(12, "0")}`;
// Pairs share an instant, so the id tie-break is exercised.
const referredAt = (n: number) => new Date(Date.UTC(2021, 5, 1, 9, 30) + Math.floor(n / 2) * 86_400_000).toISOString();

function syntheticCase(n: number): SeedCase {
  const lead = n % 2 ? "la-odd" : "la-even";
  return {
    id: caseId(n),
    reference: `CH-2021-${String(n).padStart(5, "0")}`,
    programme: Programme.CHANNEL,
    stage: n % 3 ? CaseStage.PANEL : CaseStage.REFERRAL,
    typeOfConcern: TypeOfConcern.OTHER,
    referringSector: ReferringSector.COMMUNITY,
    referredAt: referredAt(n),
    referringAgencyId: lead,
    leadAgencyId: lead,
    region: Region.LONDON,
    subjectId: subjectId(n),
    consentToSupport: ConsentToSupport.NOT_KNOWN,
    mentalHealthConcern: MentalHealthConcern.NOT_KNOWN,
    ethnicity: Ethnicity.NOT_KNOWN,
    panelMemberAgencyIds: n % 3 ? [lead, "ct-unit-pg"] : [],
    screening: { decision: ScreeningDecision.ADOPTED_TO_PANEL, reason: "Synthetic.", decidedAt: referredAt(n + 2), decidedByAgencyId: "ct-unit-pg" },
    firstPanelAt: null,
    vulnerabilityAssessment: {
      assessedAt: referredAt(n + 4),
      assessedByAgencyId: lead,
      factors: [{ domain: VafDomain.INTENT, code: "synthetic-factor", rating: VafRating.LOW, note: `Synthetic note ${n}.` }],
    },
    ctRiskAssessment: { level: CtRiskLevel.LOW, summary: "Synthetic.", assessedAt: referredAt(n + 3), assessedByAgencyId: "ct-unit-pg" },
    healthInformation: null,
    ddpConditions: null,
    supportPlan: null,
    reviews: [],
    outcome: null,
    closedAt: null,
  };
}

const world = (count: number): SeedWorld => ({
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
});

const newestFirst = (a: SeedCase, b: SeedCase) => b.referredAt.localeCompare(a.referredAt) || b.id.localeCompare(a.id);

// Runs only with TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test), in a throwaway schema.
describePostgres("cases on PostgreSQL", (url) => {
  const schemaPrefix = `t${process.pid}_`;
  const seeded = world(30);
  let source: SubgraphDataSource;
  let dataSource: DataSource;

  beforeAll(async () => {
    source = createDataSource({
      subgraph: "cases",
      database: { kind: "postgres", url, poolSize: 2, logSql: false },
      entities: def.entities,
      migrations: def.migrations,
      schemaPrefix,
    });
    dataSource = await openDatabase(source);
    await def.seed(dataSource, seeded);
    await def.seed(dataSource, seeded);
  });

  afterAll(async () => {
    if (!dataSource?.isInitialized) return;
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schemaPrefix}${dbSchemaName("cases")}" CASCADE`);
    await dataSource.destroy();
  });

  async function run(query: string, variableValues?: Record<string, unknown>): Promise<{ result: ExecutionResult; statements: number }> {
    const services = def.createServices(dataSource);
    source.counter.reset();
    const result = await graphql({
      schema: subgraphSchema(def as never),
      source: query,
      variableValues,
      contextValue: unitContext(def, services),
    });
    return { result, statements: source.counter.count };
  }

  test("keyset pagination walks every case once, newest first", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const { result } = await run(`query($a: String) { cases(first: 4, after: $a) { edges { node { id referredAt } } pageInfo { hasNextPage endCursor } } }`, { a: after });
      expect(result.errors).toBeUndefined();
      const page = (result.data as { cases: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).cases;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual([...seeded.cases].sort(newestFirst).map((c) => c.id));
  });

  test("Agency.cases (window function), Person.cases and the panel filter", async () => {
    const reps = ["la-odd", "la-even"].map((id) => ({ __typename: "Agency", id }));
    const { result, statements } = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id cases(first: 2) { id } } } }`, { r: reps });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: "la-odd", cases: [{ id: caseId(29) }, { id: caseId(27) }] },
      { id: "la-even", cases: [{ id: caseId(30) }, { id: caseId(28) }] },
    ]);
    // The ranked cases, and the caller's relationships to them.
    expect(statements).toBe(2);

    const filtered = await run(`{ cases(first: 100, filter: { panelMemberAgencyId: "ct-unit-pg", referredFrom: "${referredAt(10)}" }) { totalCount edges { node { id subject { cases { id } } vulnerabilityAssessment { factors { code } } } } } }`);
    expect(filtered.result.errors).toBeUndefined();
    const expected = seeded.cases.filter((c) => c.panelMemberAgencyIds.length > 0 && c.referredAt >= referredAt(10)).sort(newestFirst);
    const connection = (filtered.result.data as { cases: { totalCount: number; edges: { node: { id: string; subject: { cases: unknown[] } } }[] } }).cases;
    expect(connection.totalCount).toBe(expected.length);
    expect(connection.edges.map((e) => e.node.id)).toEqual(expected.map((c) => c.id));
    expect(connection.edges[0].node.subject.cases.length).toBeGreaterThan(0);
    // page, count, Person.cases, VAF, factors; relationships to the cases and to their subjects.
    expect(filtered.statements).toBe(7);
  });
});
