import { graphql, type ExecutionResult } from "graphql";
import { AgencyKind, PractitionerRole, Region } from "../../common/domain";
import { casesSubgraph } from "../../subgraphs/cases/server";
import { immigrationContactsSubgraph } from "../../subgraphs/immigration-contacts/server";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema, type SubgraphDefinition } from "../../subgraphs/kit/subgraph";
import { generateWorld } from "../../seed/generate";
import { testAttestor, testPrincipal, testScope, unitContext } from "../fixtures/access";
import { testDatabases, type TestDatabase } from "../fixtures/databases";

/**
 * The shield on the federated schema, with the real policy: entity references (`_entities`)
 * still run their `__resolveReference` (which filters rows in SQL) and every field reached
 * through them passes its rule. On both databases: the row filters are SQL.
 */
const world = generateWorld({ cases: 150 });
const SCHOOL = testPrincipal({
  sub: "school-safeguarding-lead",
  agencyId: "kirklees-valley-academy",
  agencyKind: AgencyKind.EDUCATION,
  region: Region.YORKSHIRE_AND_THE_HUMBER,
  roles: [PractitionerRole.SAFEGUARDING_LEAD],
});
const onPanel = world.cases.find((c) => c.panelMemberAgencyIds.includes(SCHOOL.agencyId) && c.ctRiskAssessment)!;
const unrelated = world.cases.find((c) => c.leadAgencyId !== SCHOOL.agencyId && c.referringAgencyId !== SCHOOL.agencyId && !c.panelMemberAgencyIds.includes(SCHOOL.agencyId))!;

describe.each(testDatabases())("need-to-know inside the subgraphs on $label", ({ create }) => {
  let db: TestDatabase;
  const sources: SubgraphDataSource[] = [];

  async function open<S, L>(def: SubgraphDefinition<S, L>) {
    const source = createDataSource({ subgraph: def.name, database: db.config, entities: def.entities, migrations: def.migrations, schemaPrefix: db.schemaPrefix });
    sources.push(source);
    await openDatabase(source);
    await def.seed(source.dataSource, world);
    return (query: string, variables: Record<string, unknown> = {}, txn = "txn-1"): Promise<ExecutionResult> =>
      graphql({
        schema: subgraphSchema(def as SubgraphDefinition<never, never>),
        source: query,
        variableValues: variables,
        contextValue: unitContext(def, def.createServices(source.dataSource), testScope(SCHOOL, { txn })),
      }) as Promise<ExecutionResult>;
  }

  let cases: Awaited<ReturnType<typeof open>>;
  let immigration: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    db = create();
    cases = await open(casesSubgraph);
    immigration = await open(immigrationContactsSubgraph);
  });
  afterAll(async () => {
    for (const s of sources) if (s.dataSource.isInitialized) await s.dataSource.destroy();
    await db.cleanup();
  });

  const CASE_ENTITIES = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id reference typeOfConcern ctRiskAssessment { level } subject { id caseAccess } } } }";

  it("resolves a related case through _entities, and the shield refuses its protected fields there", async () => {
    expect(onPanel).toBeDefined();
    const res = await cases(CASE_ENTITIES, { r: [{ __typename: "Case", id: onPanel.id }] });
    const [entity] = res.data!._entities as Record<string, unknown>[];
    expect(entity).toMatchObject({ id: onPanel.id, reference: onPanel.reference, typeOfConcern: onPanel.typeOfConcern, ctRiskAssessment: null });
    expect(res.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([["_entities.0.ctRiskAssessment", "FORBIDDEN"]]);
    // And it attests the subject's identity to the people subgraph, for this request only.
    const attestation = (entity!.subject as { caseAccess: string }).caseAccess;
    expect([...testAttestor.verify(attestation, "txn-1", "Person", onPanel.subjectId)]).toEqual(["personal"]);
  });

  it("answers an unrelated case reference exactly as a missing one", async () => {
    const res = await cases(CASE_ENTITIES, { r: [{ __typename: "Case", id: unrelated.id }, { __typename: "Case", id: "00000000-0000-4000-8000-000000000000" }] });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([null, null]);
  });

  it("attests nothing about a person the caller does not relate to", async () => {
    const res = await cases("query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { caseAccess } } }", {
      r: [{ __typename: "Person", id: unrelated.subjectId }],
    });
    expect(res.data!._entities).toEqual([{ caseAccess: null }]);
  });

  it("keeps pages full of visible cases: the filter runs in SQL, not after loading", async () => {
    const visible = world.cases.filter((c) => c.leadAgencyId === "kirklees" && (c.panelMemberAgencyIds.includes(SCHOOL.agencyId) || c.referringAgencyId === SCHOOL.agencyId));
    expect(visible.length).toBeGreaterThanOrEqual(2);
    const res = await cases('query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { cases(first: 2) { id } } } }', { r: [{ __typename: "Agency", id: "kirklees" }] });
    expect(res.errors).toBeUndefined();
    const listed = (res.data!._entities as { cases: { id: string }[] }[])[0]!.cases.map((c) => c.id);
    expect(listed).toHaveLength(2);
    for (const id of listed) expect(visible.map((c) => c.id)).toContain(id);
  });

  it("shows the school no immigration question, and no status, through any entity", async () => {
    const person = world.immigrationStatuses[0]!.personId;
    const res = await immigration(
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { immigrationStatus { status } immigrationAccess } ... on Case { immigrationQueries { id } } } }",
      { r: [{ __typename: "Person", id: person }, { __typename: "Case", id: world.immigrationQueries[0]!.caseId }] },
    );
    expect(res.data!._entities).toEqual([{ immigrationStatus: null, immigrationAccess: null }, { immigrationQueries: [] }]);
    expect(res.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([["_entities.0.immigrationStatus", "FORBIDDEN"]]);
  });
});
