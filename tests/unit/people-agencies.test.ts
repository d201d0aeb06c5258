import { graphql, type ExecutionResult } from "graphql";
import { agenciesSubgraph } from "../../subgraphs/agencies/server";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema, type SubgraphDefinition } from "../../subgraphs/kit/subgraph";
import { peopleSubgraph } from "../../subgraphs/people/server";
import { generateWorld } from "../../seed/generate";
import { sqliteTestDatabase, type TestDatabase } from "../fixtures/databases";

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
      contextValue: { requestId: "test", services, loaders: def.createLoaders(services) },
    }) as Promise<ExecutionResult>;
  return { source, run };
}

const PEOPLE_ENTITIES = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Person { id givenName familyName dateOfBirth gender postcode town } ... on Practitioner { id name email roles agency { id } } } }";
const AGENCY_ENTITIES = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Agency { id name kind region } } }";

describe("people subgraph", () => {
  const db = sqliteTestDatabase();
  let ctx: { source: SubgraphDataSource; run: (q: string, v?: Record<string, unknown>) => Promise<ExecutionResult> };
  beforeAll(async () => {
    ctx = await open(peopleSubgraph, db);
  });
  afterAll(async () => {
    await ctx.source.dataSource.destroy();
    await db.cleanup();
  });

  it("resolves Person and Practitioner references in one statement each, null for unknown ids", async () => {
    const people = world.people.slice(0, 10);
    ctx.source.counter.reset();
    const res = await ctx.run(PEOPLE_ENTITIES, {
      representations: [
        ...people.map((p) => ({ __typename: "Person", id: p.id })),
        { __typename: "Person", id: "missing" },
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
    expect(ctx.source.counter.count).toBe(2);
  });

  it("serves person(id) and practitioners(agencyId)", async () => {
    const p = world.people[3]!;
    const res = await ctx.run("query ($id: ID!) { person(id: $id) { familyName } practitioners(agencyId: \"kirklees\") { id } }", { id: p.id });
    expect(res.data).toEqual({
      person: { familyName: p.familyName },
      practitioners: world.practitioners.filter((x) => x.agencyId === "kirklees").map((x) => ({ id: x.id })).sort((a, b) => a.id.localeCompare(b.id)),
    });
  });

  it("seeds idempotently", async () => {
    await peopleSubgraph.seed(ctx.source.dataSource, world);
    const [{ n }] = (await ctx.source.dataSource.query("SELECT COUNT(*) AS n FROM persons")) as { n: number }[];
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
