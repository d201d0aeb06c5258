import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Redis } from "ioredis";
import { OperationManifest, OperationSafelist, sha256 } from "../../gateway/safelist";
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore } from "../../gateway/rate-limit";
import { loadGatewaySecurity } from "../../gateway/security";
import { createGatewayApp, type GatewayApp, type GatewayOptions } from "../../gateway/server";
import { OperationLimits } from "../../gateway/limits";
import { MAX_REQUEST_ERRORS, REFUSED } from "../../gateway/client-errors";
import { configureLogging } from "../../common/logger";
import { fetchReport } from "../../platform/report";
import { Supergraph } from "@apollo/federation-internals";
import { describeRedis, sqliteTestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

const SUPERGRAPH = fs.readFileSync(path.resolve(__dirname, "../../schema/supergraph.graphql"), "utf8");
const repeat = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i)).join(" ");
const FIELDS = "id reference stage programme typeOfConcern referredAt firstPanelAt closedAt version outcome";

/** Each default limit, a request just over it, and the error that says so (outside production). */
const OVER_THE_LIMITS = [
  {
    limit: "depth (12)",
    query: `{ cases { edges { node { subject { cases { subject { cases { subject { cases { subject { cases { subject { id } } } } } } } } } } } } }`,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Query depth limit of 12 exceeded/,
  },
  { limit: "aliases (20), __typename included", query: `{ ${repeat(21, (i) => `a${i}: __typename`)} }`, code: "GRAPHQL_VALIDATION_FAILED", message: /Aliases limit of 20 exceeded, found 21/ },
  { limit: "directives (5)", query: `{ agencies { id ${repeat(6, () => "name @include(if: true)")} } }`, code: "GRAPHQL_VALIDATION_FAILED", message: /^Directives limit of 5 exceeded, found 6\.$/ },
  // Validated in full, ten copies of an unknown directive would answer ten errors.
  { limit: "directives, one repeated on a location,", query: "{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }", code: "GRAPHQL_VALIDATION_FAILED", message: /^Directive @aa is repeated on one location\.$/ },
  { limit: "tokens (3000)", query: `{ agencies { ${"id ".repeat(3_000)} } }`, code: "GRAPHQL_PARSE_FAILED", message: /Token limit of 3000 exceeded/ },
  {
    // A full page of cases, each with its subject's other cases: legal depth, too much work.
    limit: "cost (20000)",
    query: `{ cases(first: 100) { edges { node { ${FIELDS} subject { givenName cases { ${repeat(2, () => FIELDS)} leadAgency { id name } } } } } } }`,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /Query Cost limit of 20000 exceeded/,
  },
];

describe("hardening: hostile input, production mode, masking, rate limits, health", () => {
  let platform: TestPlatform;
  /** A gateway outside production (NODE_ENV=test) on the same subgraphs: full error messages. */
  let development: string;
  const replicas: GatewayApp[] = [];
  const servers: http.Server[] = [];

  /** Another gateway on the platform's subgraphs (or stand-ins for some), with its own settings. */
  async function replica(options: Partial<GatewayOptions> = {}): Promise<{ url: string; app: GatewayApp }> {
    const subgraphUrls = { ...platform.subgraphUrls, ...options.subgraphUrls };
    const app = createGatewayApp({ supergraphSdl: SUPERGRAPH, env: "production", security: loadGatewaySecurity(platform.config.auth, subgraphUrls), ...options, subgraphUrls });
    replicas.push(app);
    const port = await app.listen(0, "127.0.0.1");
    return { url: `http://127.0.0.1:${port}/graphql`, app };
  }

  /** A stand-in subgraph answering every request with `handler`. */
  async function standIn(handler: http.RequestListener): Promise<string> {
    const server = http.createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  beforeAll(async () => {
    // Production mode; unlisted operations logged rather than refused, so the limits can be seen.
    // Statistics answer at once (no wait for a year being computed), to see the retry hint.
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 40, env: { NODE_ENV: "production", AUTH_DEV_ISSUER: "true", OPERATION_SAFELIST: "log", STATS_WAIT_MS: "0" } });
    development = (await replica({ env: "test" })).url;
  });
  afterAll(async () => {
    for (const app of replicas) await app.stop();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await platform?.shutdown();
  });

  it.each(OVER_THE_LIMITS)("refuses an operation over the $limit limit with one error, before authentication or any subgraph", async ({ query, code, message }) => {
    platform.resetStatementCounts();
    for (const headers of [await platform.as("board-member", null), {}]) {
      // Outside production the error says which limit; production gives the answer to any refused document.
      const res = await postGraphQL(development, query, {}, headers);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.body.errors?.[0]?.message).toMatch(message);
      const production = await postGraphQL(platform.gatewayUrl, query, {}, headers);
      expect(production.status).toBe(400);
      const generic = code === "GRAPHQL_PARSE_FAILED" ? REFUSED.parse : REFUSED.validation;
      expect(production.body.errors).toEqual([{ message: generic.message, extensions: { code, requestId: production.headers.get("x-request-id") } }]);
    }
    // Not even the caller's agency profile was looked up.
    expect(platform.statementCount()).toBe(0);
  });

  it("costs a page size given as a variable like a literal one", async () => {
    const query = `query Big($n: Int) { cases(first: $n) { edges { node { ${FIELDS} subject { givenName cases { ${repeat(2, () => FIELDS)} leadAgency { id name } } } } } } }`;
    const headers = await platform.as("board-member", null);
    const big = await postGraphQL(development, query, { n: 100 }, headers);
    expect(big.status).toBe(400);
    expect(big.body.errors?.[0]?.message).toMatch(/Query Cost limit of 20000 exceeded/);
    // The same text with a small page is within the limit (and then refused by the policy, not the limit).
    const small = await postGraphQL(development, query, { n: 2 }, headers);
    expect(small.status).toBe(200);
    expect(small.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets every operation of the typed clients through the default limits", () => {
    const limits = new OperationLimits(Supergraph.build(SUPERGRAPH).apiSchema().toGraphQLJSSchema(), platform.config.limits);
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../clients/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    expect(OperationManifest.fromJson(manifest).size).toBeGreaterThanOrEqual(7);
    for (const query of Object.values(manifest)) expect(() => limits.admit({ method: "POST", body: { query }, search: "" })).not.toThrow();
  });

  it("answers every refused document in production with one generic error, the same whether the names exist or not", async () => {
    const headers = await platform.as("board-member", null);
    // Real fields used wrongly, and made-up ones: outside production each says a different thing.
    const probes = {
      "a real field without its argument": "{ case { id } }",
      "a real field without a selection": "{ agencies }",
      "a real scalar given a selection": "{ agencies(kind: LOCAL_AUTHORITY) { id { x } } }",
      "a real argument with a wrong value": "{ agencies(kind: NOT_A_KIND) { id } }",
      "a made-up field": "{ casework { id } }",
      "a made-up field without a selection": "{ agency_list }",
      "a made-up field of a real type": "{ agencies { id ctRiskAssessment } }",
      "a made-up argument": '{ agencies(sector: "health") { id } }',
      "a made-up type in a fragment": "{ ...on Casefile { id } }",
      "an unknown directive": "{ __typename @secret }",
    };
    const raw = async (gateway: string, query: string, requestId: string) => {
      const res = await fetch(gateway, { method: "POST", headers: { ...headers, "content-type": "application/json", "x-request-id": requestId }, body: JSON.stringify({ query }) });
      const headerNames = [...res.headers.keys()].filter((name) => name !== "date").sort();
      return { status: res.status, headerNames, type: res.headers.get("content-type"), text: (await res.text()).replaceAll(requestId, "<request id>") };
    };
    const expected = {
      status: 400,
      headerNames: ["connection", "content-length", "content-type", "keep-alive", "x-request-id"],
      type: "application/json; charset=utf-8",
      text: `${JSON.stringify({ errors: [{ message: REFUSED.validation.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", requestId: "<request id>" } }] })}\n`,
    };
    const lines: string[] = [];
    configureLogging({ level: "info" }, { write: (line: string) => lines.push(line) });
    try {
      // The platform runs OPERATION_SAFELIST=log; a replica runs it off.
      const { url: safelistOff } = await replica({ safelist: new OperationSafelist("off", null) });
      let n = 0;
      for (const gateway of [platform.gatewayUrl, safelistOff]) {
        for (const [probe, query] of Object.entries(probes)) {
          const answer = await raw(gateway, query, `probe-${++n}`);
          expect({ probe, ...answer }).toEqual({ probe, ...expected });
        }
      }
      // An operation over a limit answers the same (how far over the cost limit depends on the schema's types).
      const over = await raw(platform.gatewayUrl, `{ agencies { id ${repeat(6, () => "name @include(if: true)")} } }`, "probe-limit");
      expect(over).toEqual(expected);
      // A syntax error names nothing of the schema, but quotes the text back: generic too, with its own code.
      const syntax = await raw(platform.gatewayUrl, "{ agencies { id }", "probe-syntax");
      expect(syntax).toEqual({ ...expected, text: `${JSON.stringify({ errors: [{ message: REFUSED.parse.message, extensions: { code: "GRAPHQL_PARSE_FAILED", requestId: "<request id>" } }] })}\n` });
    } finally {
      configureLogging({ level: "silent" });
    }
    // The log has the real reasons, by request id.
    const refused = lines.map((line) => JSON.parse(line) as { msg: string; requestId?: string; errors?: string[] }).filter((l) => l.msg === "operation refused");
    const reasons = (id: string) => refused.find((l) => l.requestId === id)?.errors?.join(" ") ?? "";
    expect(reasons("probe-1")).toMatch(/Field "case" argument "id" of type "ID!" is required/);
    expect(reasons("probe-2")).toMatch(/must have a selection of subfields/);
    expect(reasons("probe-5")).toMatch(/Cannot query field "casework"/);
    expect(reasons("probe-limit")).toMatch(/Directives limit of 5 exceeded, found 6/);
    expect(reasons("probe-syntax")).toMatch(/Syntax Error: Expected Name, found <EOF>/);
    // Outside production the messages are the full ones.
    const full = await postGraphQL(development, "{ agencies }", {}, headers);
    expect(full.body.errors?.[0]?.message).toMatch(/Field "agencies" of type "\[Agency!\]!" must have a selection of subfields/);
  });

  it("answers variables that do not fit the operation with one generic error in production; the manifest's operations run", async () => {
    const headers = await platform.as("board-member", null);
    const query = "query Agencies($kind: AgencyKind) { agencies(kind: $kind) { id } }";
    const res = await postGraphQL(platform.gatewayUrl, query, { kind: "NOT_A_KIND" }, headers);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: REFUSED.variables.message, extensions: { code: "BAD_USER_INPUT", requestId: res.headers.get("x-request-id") } }]);
    expect((await postGraphQL(development, query, { kind: "NOT_A_KIND" }, headers)).body.errors?.[0]?.message).toMatch(/Variable "\$kind" got invalid value "NOT_A_KIND"/);
    // A dashboard's operation, by id, as its client sends it.
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../clients/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    const pending = Object.values(manifest).find((q) => q.startsWith("query PendingImmigrationQuestions"))!;
    const byId = await fetch(platform.gatewayUrl, {
      method: "POST",
      headers: { ...(await platform.as("immigration-spoc-north", "immigration query")), "content-type": "application/json" },
      body: JSON.stringify({ variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(pending) } } }),
    });
    const answer = (await byId.json()) as { data?: { immigrationQueries: unknown[] }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.immigrationQueries).toEqual(expect.any(Array));
  });

  it(`carries at most ${MAX_REQUEST_ERRORS} errors without a path, the last saying how many were left out`, async () => {
    const headers = await platform.as("board-member", null);
    const query = `{ ${repeat(30, (i) => `unknown${i}`)} }`;
    const res = await postGraphQL(development, query, {}, headers);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(MAX_REQUEST_ERRORS);
    expect(res.body.errors?.slice(0, -1).map((e) => e.message)).toEqual(Array.from({ length: MAX_REQUEST_ERRORS - 1 }, (_, i) => `Cannot query field "unknown${i}" on type "Query".`));
    expect(res.body.errors?.at(-1)).toEqual({ message: "21 more errors not shown.", extensions: { code: "TOO_MANY_ERRORS", notShown: 21 } });
    // In production, one.
    expect((await postGraphQL(platform.gatewayUrl, query, {}, headers)).body.errors).toHaveLength(1);
  });

  it("turns introspection and suggestions off in production, and never shows a stack", async () => {
    const headers = await platform.as("board-member", null);
    const introspection = await postGraphQL(platform.gatewayUrl, "{ __schema { queryType { name } } }", {}, headers);
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors).toEqual([{ message: REFUSED.validation.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", requestId: introspection.headers.get("x-request-id") } }]);
    expect((await postGraphQL(development, "{ __schema { queryType { name } } }", {}, headers)).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const typo = await postGraphQL(platform.gatewayUrl, "{ agencie { id } }", {}, headers);
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo.body)).not.toMatch(/agencies/);
    for (const res of [introspection, typo]) expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);
    // No batches, and CSRF prevention: a simple request (text/plain) is refused.
    const batch = await fetch(platform.gatewayUrl, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify([{ query: "{ agencies { id } }" }]) });
    expect(batch.status).toBe(400);
    const simple = await fetch(platform.gatewayUrl, { method: "POST", headers: { ...headers, "content-type": "text/plain" }, body: JSON.stringify({ query: "{ agencies { id } }" }) });
    expect(simple.status).toBe(400);
  });

  it("masks a failing subgraph: no stack, no URL, no status, no body", async () => {
    const broken = await standIn((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "SECRET-BODY select * from agencies", extensions: { stacktrace: ["Error: SECRET-STACK at db.ts:12"] } }] }));
    });
    const garbage = await standIn((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>SECRET-PROXY-PAGE</html>");
    });
    // A subgraph's own failure is an internal error; a proxy's 502 page (a load balancer whose
    // replica died mid-call) is the subgraph unavailable, retryable.
    for (const [url, code] of [[broken, "INTERNAL_SERVER_ERROR"], [garbage, "SERVICE_UNAVAILABLE"]] as const) {
      const { url: gateway } = await replica({ subgraphUrls: { ...platform.subgraphUrls, "governance-boards": url } });
      const res = await postGraphQL(gateway, `{ agencies(kind: LOCAL_AUTHORITY) { id } rolloutPhase(id: "pilot-2018") { id name } }`, {}, await platform.as("board-member", null));
      // The rest of the answer stands; only the failing subgraph's part is missing.
      expect(res.status).toBe(200);
      expect((res.body.data as { agencies: unknown[] }).agencies).toHaveLength(48);
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      const text = JSON.stringify(res.body);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const secret of ["SECRET", "127.0.0.1", "http://", "500", "502", "stacktrace", "<html>"]) expect({ secret, leaked: text.includes(secret) }).toEqual({ secret, leaked: false });
    }
  });

  it("passes a busy subgraph's retry hint to the client, and the report waits and asks again", async () => {
    const token = (await platform.as("board-member", null)).authorization!.replace(/^Bearer /, "");
    const cold = await postGraphQL(platform.gatewayUrl, `{ preventStatistics(period: "2019-20", by: [REGION]) { period } }`, {}, await platform.as("board-member", null));
    expect(cold.body.errors?.[0]).toMatchObject({
      message: "The statistics for 2019-20 are being computed: retry in a few seconds.",
      extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 5 },
    });
    expect(JSON.stringify(cold.body)).not.toMatch(/127\.0\.0\.1|http:\/\/|503/);
    const report = await fetchReport(platform.gatewayUrl, token, { period: "2019-20", by: ["region"], filter: {}, format: "csv" }, 12);
    expect(report.period).toBe("2019-20");
    expect(report.rows.length).toBeGreaterThan(0);
  }, 120_000);

  it("limits requests per address before authentication, and per identity after it, with a retry hint", async () => {
    const store = new MemoryRateLimitStore();
    const { url } = await replica({
      rateLimits: { perAddress: new RateLimiter(store, 6, "from this address"), perIdentity: new RateLimiter(store, 3, "for this user") },
    });
    const board = await platform.as("board-member", null);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postGraphQL(url, "{ agencies { id } }", {}, board)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(url, { method: "POST", headers: { ...board, "content-type": "application/json" }, body: JSON.stringify({ query: "{ agencies { id } }" }) });
    const body = (await limited.json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(limited.status).toBe(429);
    expect(body.errors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(body.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another user is not held back by the first; the address is, after 6 requests in all.
    const other = await platform.as("home-office-oversight", null);
    expect((await postGraphQL(url, "{ agencies { id } }", {}, other)).status).toBe(200);
    const anonymous = await postGraphQL(url, "{ agencies { id } }", {}, {});
    expect(anonymous.status).toBe(429);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("answers liveness, and readiness over every subgraph", async () => {
    const base = platform.gatewayUrl.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { people: "ready", agencies: "ready", cases: "ready", "immigration-contacts": "ready", "governance-boards": "ready" },
    });
    for (const url of Object.values(platform.subgraphUrls)) expect((await fetch(url.replace(/\/graphql$/, "/health/ready"))).status).toBe(200);
    const dead = await standIn((req) => req.socket.destroy());
    const { url } = await replica({ subgraphUrls: { ...platform.subgraphUrls, people: dead } });
    const unready = await fetch(url.replace(/\/graphql$/, "/health/ready"));
    expect(unready.status).toBe(503);
    expect(await unready.json()).toMatchObject({ status: "unavailable", subgraphs: { people: "unreachable", cases: "ready" } });
  });

  it("drains requests in flight when stopping, and takes no new ones", async () => {
    const slow = await standIn((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () =>
        setTimeout(() => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ data: { rolloutPhases: [{ id: "slow", name: "Slow phase" }] } }));
        }, 700),
      );
    });
    const { url, app } = await replica({ subgraphUrls: { ...platform.subgraphUrls, "governance-boards": slow } });
    const inFlight = postGraphQL(url, "{ rolloutPhases { id name } }", {}, await platform.as("board-member", null));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = app.stop();
    const answer = await inFlight;
    await stopped;
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ rolloutPhases: [{ id: "slow", name: "Slow phase" }] });
    await expect(fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).rejects.toThrow();
  });
});

// Rate limits shared by gateway replicas through the real Redis (always in CI).
describeRedis("rate limits in Redis", (url) => {
  it("counts the requests of every replica together", async () => {
    const redis = new Redis(url, { maxRetriesPerRequest: 1 });
    const prefix = `dovetail-test:${process.pid}:${Date.now()}:`;
    try {
      const a = new RateLimiter(new RedisRateLimitStore(redis, prefix), 5, "for this user");
      const b = new RateLimiter(new RedisRateLimitStore(redis, prefix), 5, "for this user");
      for (let i = 0; i < 5; i++) await (i % 2 ? a : b).check("id:shared");
      await expect(b.check("id:shared")).rejects.toMatchObject({ status: 429, code: "RATE_LIMITED" });
      await expect(a.check("id:shared")).rejects.toMatchObject({ status: 429 });
      await expect(a.check("id:someone-else")).resolves.toBeUndefined();
      const ttl = await redis.pttl(`${prefix}id:shared`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      // Redis gone: the replica counts in memory instead of failing or letting everything through.
      const down = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
      down.on("error", () => undefined);
      const fallback = new RateLimiter(new RedisRateLimitStore(down, prefix), 2, "for this user");
      await fallback.check("id:x");
      await fallback.check("id:x");
      await expect(fallback.check("id:x")).rejects.toMatchObject({ status: 429 });
      down.disconnect();
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
