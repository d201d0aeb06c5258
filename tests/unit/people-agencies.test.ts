import { graphql, type ExecutionResult } from "graphql";
import { agenciesSubgraph } from "../../subgraphs/agencies/server";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema, type SubgraphDefinition } from "../../subgraphs/kit/subgraph";
import { peopleSubgraph } from "../../subgraphs/people/server";
import { generateWorld } from "../../seed/generate";
import { sqliteTestDatabase, type TestDatabase } from "../fixtures/databases";
import { AgencyKind, PractitionerRole } from "../../common/domain";
import { testAttestor, testPrincipal, testScope, unitContext } from "../fixtures/access";

const world = generateWorld({ cases: 30 });

async function open<S, L>(def: SubgraphDefinition<S, L>, db: TestDatabase) {
  const source = createDataSource({ subgraph: def.name, database: db.config, entities: def.entities, migrations: def.migrations });
  await openDatabase(source);
  await def.seed(source.dataSource, world);
  const services = def.createServices(source.dataSource);
  const run = (query: string, variables?: Record<string, unknown>): Promise<ExecutionResult> =>
    graphql({
      schema: subgraphSchema(def as SubgraphDefinition<never, never>),
      source: query,
      variableValues: variables,
      contextValue: unitContext(def, services),
    }) as Promise<ExecutionResult>;
  return { source, run };
}

const PERSON_FIELDS = "id givenName familyName dateOfBirth gender postcode town";
const PEOPLE_ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Person { ${PERSON_FIELDS} } ... on Practitioner { id name email roles agency { id } } } }`;
const AGENCY_ENTITIES = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Agency { id name kind region } } }";

describe("people subgraph", () => {
  const db = sqliteTestDatabase();
  let source: SubgraphDataSource;
  // The real policy: people discloses only what another subgraph attested for this request.
  const txn = "txn-people-test";
  const scope = testScope(testPrincipal({ agencyId: "kirklees", agencyKind: AgencyKind.LOCAL_AUTHORITY, roles: [PractitionerRole.CHANNEL_CHAIR] }), { txn });
  const run = (query: string, variables?: Record<string, unknown>, scopeOverride = scope): Promise<ExecutionResult> =>
    graphql({
      schema: subgraphSchema(peopleSubgraph as SubgraphDefinition<never, never>),
      source: query,
      variableValues: variables,
      contextValue: unitContext(peopleSubgraph, peopleSubgraph.createServices(source.dataSource), scopeOverride),
    }) as Promise<ExecutionResult>;
  const attested = (id: string, forTxn = txn) => ({ __typename: "Person", id, caseAccess: testAttestor.attest(forTxn, "Person", id, ["personal"]), immigrationAccess: null });

  beforeAll(async () => {
    source = (await open(peopleSubgraph, db)).source;
  });
  afterAll(async () => {
    await source.dataSource.destroy();
    await db.cleanup();
  });

  it("resolves attested Person and Practitioner references in one statement each, null for unknown ids", async () => {
    const people = world.people.slice(0, 10);
    source.counter.reset();
    const res = await run(PEOPLE_ENTITIES, {
      representations: [
        ...people.map((p) => attested(p.id)),
        attested("missing"),
        { __typename: "Practitioner", id: "kirklees-channel-chair" },
        { __typename: "Practitioner", id: "dpo-auditor" },
      ],
    });
    expect(res.errors).toBeUndefined();
    const entities = res.data!._entities as Record<string, unknown>[];
    expect(entities.slice(0, 10)).toEqual(people.map((p) => ({ __typename: "Person", ...p })));
    expect(entities[10]).toBeNull();
    expect(entities[11]).toMatchObject({ __typename: "Practitioner", id: "kirklees-channel-chair", agency: { id: "kirklees" } });
    expect((entities[11] as { roles: string[] }).roles).toContain("CHANNEL_CHAIR");
    expect(entities[12]).toMatchObject({ roles: ["DATA_PROTECTION_OFFICER"] });
    expect(source.counter.count).toBe(2);
  });

  it.each([
    ["no attestation", (id: string) => ({ __typename: "Person", id })],
    ["a forged attestation", (id: string) => ({ __typename: "Person", id, caseAccess: "v1.personal.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })],
    ["another request's attestation", (id: string) => attested(id, "another-txn")],
    ["another person's attestation", (id: string) => ({ ...attested(world.people[5]!.id), id })],
  ])("refuses every identity field for %s, reading nothing", async (_, representation) => {
    const person = world.people[0]!;
    source.counter.reset();
    const res = await run(PEOPLE_ENTITIES, { representations: [representation(person.id)] });
    // The (non-null) id is refused too, so the entity is null: nothing about the person comes back.
    expect(res.data!._entities).toEqual([null]);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);
    expect(JSON.stringify(res)).not.toContain(person.familyName);
    expect(source.counter.count).toBe(0);
  });

  it("serves practitioners(agencyId); person(id) belongs to the cases subgraph, which knows relationships", async () => {
    const res = await run('{ practitioners(agencyId: "kirklees") { id } }');
    expect(res.data).toEqual({
      practitioners: world.practitioners.filter((x) => x.agencyId === "kirklees").map((x) => ({ id: x.id })).sort((a, b) => a.id.localeCompare(b.id)),
    });
    const person = await run(`{ person(id: "${world.people[3]!.id}") { familyName } }`);
    expect(person.errors?.[0]?.message).toMatch(/Cannot query field "person"/);
  });

  it("seeds idempotently", async () => {
    await peopleSubgraph.seed(source.dataSource, world);
    const [{ n }] = (await source.dataSource.query("SELECT COUNT(*) AS n FROM persons")) as { n: number }[];
    expect(Number(n)).toBe(world.people.length);
  });
});

describe("agencies subgraph", () => {
  const db = sqliteTestDatabase();
  let ctx: { source: SubgraphDataSource; run: (q: string, v?: Record<string, unknown>) => Promise<ExecutionResult> };
  beforeAll(async () => {
    ctx = await open(agenciesSubgraph, db);
  });
  afterAll(async () => {
    await ctx.source.dataSource.destroy();
    await db.cleanup();
  });

  it("resolves Agency references in one statement whatever their number", async () => {
    for (const n of [1, 30, 100]) {
      const agencies = world.agencies.slice(0, n);
      ctx.source.counter.reset();
      const res = await ctx.run(AGENCY_ENTITIES, { representations: agencies.map((a) => ({ __typename: "Agency", id: a.id })) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toEqual(agencies.map((a) => ({ __typename: "Agency", ...a })));
      expect(ctx.source.counter.count).toBe(1);
    }
  });

  it("filters agencies by region and kind, ordered by name", async () => {
    const res = await ctx.run("{ agencies(region: YORKSHIRE_AND_THE_HUMBER, kind: LOCAL_AUTHORITY) { id name } }");
    const expected = world.agencies
      .filter((a) => a.region === "YORKSHIRE_AND_THE_HUMBER" && a.kind === "LOCAL_AUTHORITY")
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data).toEqual({ agencies: expected });
  });

  it("rejects an unknown enum value with a validation error", async () => {
    const res = await ctx.run("{ agencies(region: ATLANTIS) { id } }");
    expect(res.errors?.[0]?.message).toMatch(/ATLANTIS/);
  });
});
