import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { ApolloServer, type GraphQLResponse } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../../common/config";
import { authenticate, type GatewayContext } from "../../gateway/server";
import { loadGatewaySecurity } from "../../gateway/security";
import { casesSubgraph } from "../../subgraphs/cases/server";
import { AuditWriter } from "../../subgraphs/kit/audit/audit-writer";
import { auditPlugin } from "../../subgraphs/kit/audit/plugin";
import type { SubgraphContext } from "../../subgraphs/kit/context.type";
import { createDataSource, openDatabase } from "../../subgraphs/kit/datasource";
import { loadSubgraphSecurity, requestScope } from "../../subgraphs/kit/security";
import { createRequestContext, maskUnexpectedError, subgraphSchema, subgraphSdlSchema, type SubgraphDefinition } from "../../subgraphs/kit/subgraph";

/**
 * THE PERMISSION LAYER'S COST, measured in-process: the cases subgraph's part of the Caseload
 * query (exactly what the gateway's plan sends it) executed on the same schema and data, with and
 * without the layer: the field guard on every field (which also collects the disclosures) and the
 * audit plugin that writes the disclosure record before the response leaves. Need-to-know row
 * filters are SQL in the loaders and run in both. Nothing here changes the server: the bare
 * variant is built from the unshielded schema the kit keeps for printing SDL.
 *
 * usage: node permission-layer.js <bearer token> <purpose> <seconds per round>
 * Prints one JSON line: operations per second for each variant and the ratio.
 */
const CASES_FETCH = `query MyCaseloadByStage__cases__0($stage: CaseStage!, $first: Int, $after: String) {
  cases(first: $first, after: $after, filter: {stage: $stage}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id reference programme stage typeOfConcern referredAt version leadAgency { __typename id } subject { __typename id caseAccess } } }
  }
}`;
const VARIABLES = { stage: "PANEL", first: 50 };
const CONCURRENCY = 16;
const ROUNDS = 5;

type Ctx = SubgraphContext<unknown, unknown>;

async function main(): Promise<void> {
  const [token, purpose, secondsArg] = process.argv.slice(2);
  if (!token || !purpose) throw new Error("usage: permission-layer <token> <purpose> [seconds]");
  const seconds = Number(secondsArg ?? 4);
  const config = loadConfigOrExit();
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
  // The caller exactly as the gateway would carry it (agency profile from the running agencies subgraph).
  const caller: GatewayContext = await authenticate({ authorization: `Bearer ${token}`, "x-purpose": purpose }, loadGatewaySecurity(config.auth, urls));
  const definition = casesSubgraph as unknown as SubgraphDefinition<unknown, unknown>;
  const source = createDataSource({ subgraph: "cases", database: config.database, entities: definition.entities, migrations: definition.migrations });
  await openDatabase(source);
  const services = definition.createServices(source.dataSource, { statistics: config.statistics });
  const { attestor } = loadSubgraphSecurity(config.auth, "cases");
  // As the served subgraph is configured (subgraphs/kit/subgraph.ts), but for the layer under test.
  const common = { includeStacktraceInErrorResponses: false, formatError: maskUnexpectedError("cases") };
  const variants: Record<string, ApolloServer<Ctx>> = {
    bare: new ApolloServer<Ctx>({ ...common, schema: subgraphSdlSchema(definition as never), plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()] }),
    shieldOnly: new ApolloServer<Ctx>({ ...common, schema: subgraphSchema(definition as never), plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()] }),
    guarded: new ApolloServer<Ctx>({
      ...common,
      schema: subgraphSchema(definition as never),
      plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), auditPlugin("cases", new AuditWriter(source.dataSource))],
    }),
  };
  for (const server of Object.values(variants)) await server.start();

  const context = (): Ctx =>
    createRequestContext(
      definition,
      services,
      requestScope({ caller: { kind: "user", principal: caller.principal }, requestId: randomUUID(), txn: randomUUID(), purpose: caller.purpose, operationName: "MyCaseloadByStage" }, attestor),
    ) as Ctx;
  const once = async (server: ApolloServer<Ctx>): Promise<GraphQLResponse> => server.executeOperation({ query: CASES_FETCH, variables: VARIABLES }, { contextValue: context() });

  // The same answer from each variant, with data and no errors, before anything is timed.
  const answers = await Promise.all(Object.values(variants).map(once));
  // Attestations are bound to each request's txn, so they differ by design: compared without them.
  const rows = answers.map((a) => (a.body.kind === "single" ? JSON.stringify(a.body.singleResult).replace(/"caseAccess":"[^"]*"/g, '"caseAccess":"…"') : "incremental"));
  for (const [i, text] of rows.entries()) {
    if (text.includes('"errors"') || !text.includes('"edges"')) throw new Error(`variant ${Object.keys(variants)[i]} answered ${text.slice(0, 300)}`);
  }
  if (new Set(rows).size !== 1) throw new Error("the variants answered differently");
  const edges = (JSON.parse(rows[0]!) as { data: { cases: { edges: unknown[] } } }).data.cases.edges.length;

  const run = async (server: ApolloServer<Ctx>, ms: number): Promise<number> => {
    const until = Date.now() + ms;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < until) {
          await once(server);
          done += 1;
        }
      }),
    );
    return done / (ms / 1000);
  };
  for (const server of Object.values(variants)) await run(server, 1_000); // warm-up
  const totals: Record<string, number[]> = { bare: [], shieldOnly: [], guarded: [] };
  // Rounds alternate the variants so drift of the machine falls on all of them alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, server] of Object.entries(variants)) totals[name]!.push(await run(server, seconds * 1000));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const opsPerSecond = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(mean(v) * 10) / 10]));
  console.log(
    JSON.stringify({
      query: "cases subgraph's fetch of MyCaseloadByStage (stage PANEL, first 50)",
      rowsPerAnswer: edges,
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      secondsPerRound: seconds,
      opsPerSecond,
      ratio: Math.round((opsPerSecond.guarded! / opsPerSecond.bare!) * 1000) / 1000,
      shieldOnlyRatio: Math.round((opsPerSecond.shieldOnly! / opsPerSecond.bare!) * 1000) / 1000,
    }),
  );
  for (const server of Object.values(variants)) await server.stop();
  await source.dataSource.destroy();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
