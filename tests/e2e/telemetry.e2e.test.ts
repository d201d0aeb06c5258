import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { randomBytes } from "node:crypto";
import manifest from "../../clients/generated/persisted-documents.json";
import { SUBGRAPH_NAMES } from "../../common/config";
import { ATTR_REQUEST_ID, flushTracing, startTracing, stopTracing } from "../../common/telemetry/tracing";
import { sqliteTestDatabase, testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

/**
 * Operators' view of the platform: Prometheus metrics on every service (on its own port in
 * development, on the metrics listener only in production) and one trace per request across the
 * gateway and every subgraph it touches.
 */

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int = 20) {
    cases(first: $first) {
      edges { node { id reference stage leadAgency { id name dovetailPhase { name } } subject { givenName familyName } } }
    }
  }
`;
const CHAIR = "kirklees-channel-chair";

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "/metrics");

async function scrape(url: string): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type") ?? "" };
}

/** The value of one series (`name{labels}` with every given label), or null when absent. */
function seriesValue(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return null;
}

describe("metrics in development: /metrics on each service's own port", () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 30 });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  it("counts the Caseload operation, its duration, the subgraph fetches and the HTTP requests", async () => {
    const headers = await platform.as(CHAIR);
    const res = await postGraphQL(platform.gatewayUrl, CASELOAD, {}, headers);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();

    const gateway = await scrape(metricsUrl(platform.gatewayUrl));
    expect(gateway.status).toBe(200);
    expect(gateway.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const op = { service: "gateway", operation: "Caseload", type: "query", outcome: "success" };
    expect(seriesValue(gateway.text, "dovetail_graphql_operations_total", op)).toBeGreaterThanOrEqual(1);
    expect(seriesValue(gateway.text, "dovetail_graphql_operation_duration_seconds_count", op)).toBeGreaterThanOrEqual(1);
    expect(seriesValue(gateway.text, "dovetail_graphql_operation_duration_seconds_bucket", { ...op, le: "+Inf" })).toBeGreaterThanOrEqual(1);
    for (const subgraph of ["cases", "people", "agencies", "governance-boards"]) {
      expect([subgraph, seriesValue(gateway.text, "dovetail_subgraph_fetch_duration_seconds_count", { subgraph, outcome: "ok" })]).toEqual([subgraph, expect.any(Number)]);
    }
    expect(seriesValue(gateway.text, "dovetail_http_requests_total", { route: "/graphql", method: "POST", status: "200" })).toBeGreaterThanOrEqual(1);
    // The process's own metrics, once.
    expect(gateway.text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(gateway.text.match(/^# TYPE process_cpu_user_seconds_total /gm)).toHaveLength(1);

    // Each subgraph on its own port, labelled with its name: the plan's fetch counted by the client's operation.
    const cases = await scrape(metricsUrl(platform.subgraphUrls.cases));
    expect(cases.status).toBe(200);
    expect(seriesValue(cases.text, "dovetail_graphql_operations_total", { service: "cases", operation: "Caseload", outcome: "success" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(cases.text, "dovetail_audit_append_duration_seconds_count", { service: "cases", action: "DISCLOSURE" })).toBeGreaterThanOrEqual(1);
    expect(cases.text).not.toMatch(/service="gateway"/);
    for (const name of SUBGRAPH_NAMES) {
      const text = (await scrape(metricsUrl(platform.subgraphUrls[name]))).text;
      expect([name, text.includes(`dovetail_http_requests_total{route="/graphql",method="POST",status="200",service="${name}"}`)]).toEqual([name, true]);
    }
  });

  it("keeps labels bounded: an operation outside the manifest is `unlisted`; no ids, users or variables", async () => {
    const headers = { ...(await platform.as(CHAIR)), "x-request-id": "metrics-label-probe-1" };
    const adhoc = await postGraphQL(platform.gatewayUrl, "query ZzAdhocProbeName($id: ID!) { case(id: $id) { id reference } }", { id: "case-zz-variable-probe" }, headers);
    expect(adhoc.status).toBe(200);
    const refused = await postGraphQL(platform.gatewayUrl, "query ZzUnauthenticated { agencies { id } }", {}, { authorization: "Bearer not-a-token" });
    expect(refused.status).toBe(401);
    const missing = await postGraphQL(platform.gatewayUrl, "query ZzNoToken { agencies { id } }");
    expect(missing.status).toBe(401);

    const texts = await Promise.all([metricsUrl(platform.gatewayUrl), ...SUBGRAPH_NAMES.map((n) => metricsUrl(platform.subgraphUrls[n]))].map(async (u) => (await scrape(u)).text));
    const all = texts.join("\n");
    expect(seriesValue(texts[0]!, "dovetail_graphql_operations_total", { operation: "unlisted", type: "query" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(texts[0]!, "dovetail_partner_token_failures_total", { reason: "malformed" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(texts[0]!, "dovetail_partner_token_failures_total", { reason: "missing" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(texts[0]!, "dovetail_http_requests_total", { route: "/graphql", status: "401" })).toBeGreaterThanOrEqual(1);
    for (const unwanted of ["ZzAdhocProbeName", "ZzUnauthenticated", "case-zz-variable-probe", "metrics-label-probe-1", CHAIR, "kirklees"]) expect([unwanted, all.includes(unwanted)]).toEqual([unwanted, false]);

    // Every label value comes from a fixed vocabulary (or the manifest's names).
    const names = new Set(Object.values(manifest).flatMap((doc) => [...doc.matchAll(/\b(?:query|mutation|subscription) (\w+)/g)].map((m) => m[1]!)));
    const allowed: Record<string, (v: string) => boolean> = {
      service: (v) => v === "gateway" || (SUBGRAPH_NAMES as readonly string[]).includes(v),
      operation: (v) => v === "unlisted" || names.has(v),
      route: (v) => ["/graphql", "/health/live", "/health/ready", "/metrics", "other"].includes(v),
      method: (v) => ["GET", "POST", "HEAD", "OPTIONS", "other"].includes(v),
      status: (v) => /^\d{3}$/.test(v),
      subgraph: (v) => (SUBGRAPH_NAMES as readonly string[]).includes(v),
      reason: (v) => /^[a-z_0-9]+$/.test(v) && v.length < 30,
      code: (v) => /^[A-Z_]+$/.test(v),
      outcome: (v) => ["success", "partial", "failure", "ok", "error"].includes(v),
      type: (v) => ["query", "mutation", "subscription", "unknown"].includes(v),
      scope: (v) => ["address", "identity"].includes(v),
      action: (v) => ["DISCLOSURE", "COLLECTION", "ALTERATION", "ERASURE"].includes(v),
      state: (v) => ["in_use", "idle", "waiting"].includes(v),
      le: (v) => v === "+Inf" || Number.isFinite(Number(v)),
    };
    for (const [, labels] of all.matchAll(/^dovetail_\w+\{([^}]*)\}/gm)) {
      for (const [, key, value] of labels!.matchAll(/(\w+)="([^"]*)"/g)) {
        expect([key, value, allowed[key!]?.(value!) ?? false]).toEqual([key, value, true]);
      }
    }
  });
});

describe("metrics in production: 404 on the public ports, a separate listener", () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 30, env: { NODE_ENV: "production", AUTH_DEV_ISSUER: "true", METRICS_HOST: "127.0.0.1", METRICS_PORT: "9464", RATE_LIMIT_PER_MINUTE: "3" } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  it("answers /metrics with 404 on the gateway's and the subgraphs' ports and serves every service on METRICS_HOST:METRICS_PORT", async () => {
    const [id] = Object.entries(manifest).find(([, doc]) => /^query Caseload\(/.test(doc))!;
    const res = await fetch(platform.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await platform.as(CHAIR)) },
      body: JSON.stringify({ documentId: id, variables: { first: 10, withConcern: false } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    const publicPort = await scrape(metricsUrl(platform.gatewayUrl));
    expect(publicPort.status).toBe(404);
    expect(publicPort.text).not.toMatch(/dovetail_/);
    for (const name of SUBGRAPH_NAMES) expect([name, (await scrape(metricsUrl(platform.subgraphUrls[name]))).status]).toEqual([name, 404]);

    expect(platform.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(platform.metricsUrl).not.toBe(metricsUrl(platform.gatewayUrl));
    const listener = await scrape(platform.metricsUrl!);
    expect(listener.status).toBe(200);
    expect(seriesValue(listener.text, "dovetail_graphql_operation_duration_seconds_count", { service: "gateway", operation: "Caseload", outcome: "success" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(listener.text, "dovetail_graphql_operations_total", { service: "cases", operation: "Caseload" })).toBeGreaterThanOrEqual(1);
    for (const name of SUBGRAPH_NAMES) expect([name, listener.text.includes(`service="${name}"`)]).toEqual([name, true]);
    expect((await fetch(platform.metricsUrl!.replace(/\/metrics$/, "/graphql"))).status).toBe(404);
  });

  it("counts the safelist's and the rate limits' refusals", async () => {
    const headers = await platform.as(CHAIR);
    const unlisted = await postGraphQL(platform.gatewayUrl, "query NotInTheManifest { agencies { id } }", {}, headers);
    expect(unlisted.body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_SAFELISTED");
    const [id] = Object.entries(manifest).find(([, doc]) => /^query Caseload\(/.test(doc))!;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(platform.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ documentId: id, variables: { first: 1, withConcern: false } }) });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
    const text = (await scrape(platform.metricsUrl!)).text;
    expect(seriesValue(text, "dovetail_safelist_refusals_total", { service: "gateway", code: "OPERATION_NOT_SAFELISTED" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(text, "dovetail_rate_limit_refusals_total", { service: "gateway", scope: "identity" })).toBeGreaterThanOrEqual(1);
    expect(seriesValue(text, "dovetail_http_requests_total", { service: "gateway", route: "/graphql", status: "429" })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain("NotInTheManifest");
  });
});

describe.each(testDatabases())("traces on $label: one Caseload request is one trace across the services it touches", ({ label, create }) => {
  const exporter = new InMemorySpanExporter();
  let platform: TestPlatform;
  beforeAll(async () => {
    await startTracing({ exporters: [], protocol: "http/json", serviceName: null }, { services: "many", exporter });
    platform = await startTestPlatform(create(), { cases: 120 });
  });
  afterAll(async () => {
    await platform?.shutdown();
    await stopTracing();
  });

  const service = (s: ReadableSpan) => String(s.resource.attributes["service.name"]);

  it("continues the client's trace through the gateway into every subgraph, with the request id on every span", async () => {
    exporter.reset();
    const traceId = randomBytes(16).toString("hex");
    const requestId = `trace-probe-${randomBytes(4).toString("hex")}`;
    const headers = { ...(await platform.as(CHAIR)), traceparent: `00-${traceId}-${randomBytes(8).toString("hex")}-01`, "x-request-id": requestId };
    const res = await postGraphQL(platform.gatewayUrl, CASELOAD, {}, headers);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    await flushTracing();

    const spans = exporter.getFinishedSpans();
    const ofRequest = spans.filter((s) => s.attributes[ATTR_REQUEST_ID] === requestId);
    // One trace: every span of the request is in the client's trace, and every span of that trace carries the request id.
    expect(new Set(ofRequest.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
    const trace = spans.filter((s) => s.spanContext().traceId === traceId);
    expect(trace.length).toBe(ofRequest.length);

    const gatewaySpans = trace.filter((s) => service(s) === "gateway");
    const fetches = gatewaySpans.filter((s) => s.name.startsWith("fetch "));
    const touched = new Set(fetches.map((s) => String(s.attributes["dovetail.subgraph"])));
    expect([...touched].sort()).toEqual(expect.arrayContaining(["agencies", "cases", "governance-boards", "people"]));
    // Every subgraph the gateway fetched from answered in this trace, each of its request spans the
    // child of a call made in the trace (a fetch of the plan, an access-profile lookup, a peer call).
    const calls = trace.filter((s) => s.kind === SpanKind.CLIENT && !s.attributes["db.system.name"]);
    const callIds = new Set(calls.map((s) => s.spanContext().spanId));
    for (const name of touched) {
      const server = trace.filter((s) => service(s) === name && s.name === "POST /graphql");
      expect([name, server.length > 0, server.every((s) => callIds.has(s.parentSpanContext?.spanId ?? ""))]).toEqual([name, true, true]);
      expect([name, server.some((s) => fetches.some((f) => f.spanContext().spanId === s.parentSpanContext?.spanId))]).toEqual([name, true]);
    }
    expect(new Set(trace.map(service))).toEqual(new Set(["gateway", ...touched]));

    // The spans the issue names.
    expect(gatewaySpans.find((s) => s.name === "POST /graphql")?.parentSpanContext?.spanId).toBe(headers.traceparent.split("-")[2]);
    const operation = gatewaySpans.find((s) => s.name === "query Caseload");
    expect(operation?.attributes).toMatchObject({ "graphql.operation.name": "Caseload", "graphql.operation.type": "query", "dovetail.graphql.outcome": "success" });
    expect(gatewaySpans.some((s) => s.name === "partner-token check")).toBe(true);
    expect(trace.some((s) => service(s) === "cases" && s.name === "query Caseload__cases__0")).toBe(true);
    for (const name of ["cases", "people"]) expect([name, trace.some((s) => service(s) === name && s.name === "audit append")]).toEqual([name, true]);
    const sql = trace.filter((s) => s.attributes["db.query.text"] !== undefined);
    const system = label === "postgres" ? "postgresql" : "sqlite";
    expect(new Set(sql.map((s) => s.attributes["db.system.name"]))).toEqual(new Set([system]));
    expect(new Set(sql.map(service))).toEqual(new Set([...touched]));
    // Placeholders, never values: the page's statement binds its limit.
    expect(sql.some((s) => /\$1|\?/.test(String(s.attributes["db.query.text"])))).toBe(true);
    // No variables, documents, headers or messages.
    const text = JSON.stringify(trace.map((s) => [s.name, s.attributes, s.events, s.status]));
    expect(text).not.toMatch(/Bearer|eyJ[\w-]+\.eyJ|case review|givenName familyName/);
  });

  it("follows a subgraph's peer call and the trail's fan-out within the request's trace", async () => {
    // A question about a case: immigration-contacts asks cases about it (a peer call).
    const kase = platform.world.cases.find((x) => x.leadAgencyId === "oldham" && x.stage === "PANEL");
    expect(kase).toBeDefined();
    const traced = async (persona: string, purpose: string | null, query: string, variables: Record<string, unknown>) => {
      exporter.reset();
      const traceId = randomBytes(16).toString("hex");
      const res = await postGraphQL(platform.gatewayUrl, query, variables, { ...(await platform.as(persona, purpose)), traceparent: `00-${traceId}-${randomBytes(8).toString("hex")}-01` });
      expect(res.body.errors).toBeUndefined();
      await flushTracing();
      return exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    };
    const raise = await traced("oldham-channel-chair", "immigration query", "mutation Raise($c: ID!, $q: String!) { raiseImmigrationQuestion(caseId: $c, question: $q) { id } }", { c: kase!.id, q: "Please confirm the subject's current immigration status." });
    const peer = raise.find((s) => service(s) === "immigration-contacts" && s.name === "peer cases");
    expect(peer).toBeDefined();
    expect(raise.some((s) => service(s) === "cases" && s.name === "POST /graphql" && s.parentSpanContext?.spanId === peer!.spanContext().spanId)).toBe(true);
    expect(raise.some((s) => service(s) === "immigration-contacts" && s.name === "audit append")).toBe(true);
    // The question's text is free text: never in a span.
    expect(JSON.stringify(raise.map((s) => s.attributes))).not.toContain("immigration status");

    // The data protection officer's trail: the gateway asks all five subgraphs, in one trace.
    const trail = await traced("dpo-auditor", null, "query Trail { disclosures(first: 5) { edges { node { id } } } }", {});
    const fanOut = trail.filter((s) => service(s) === "gateway" && s.name.startsWith("audit-trail "));
    expect(fanOut.map((s) => s.attributes["dovetail.subgraph"]).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      const call = fanOut.find((s) => s.attributes["dovetail.subgraph"] === name)!;
      expect([name, trail.some((s) => service(s) === name && s.parentSpanContext?.spanId === call.spanContext().spanId)]).toEqual([name, true]);
    }
  });

  it("records a refused token on the partner-token check span, by reason", async () => {
    exporter.reset();
    const res = await postGraphQL(platform.gatewayUrl, CASELOAD, {}, { authorization: "Bearer nope", "x-request-id": "trace-refused-1" });
    expect(res.status).toBe(401);
    await flushTracing();
    const check = exporter.getFinishedSpans().find((s) => s.name === "partner-token check" && s.attributes[ATTR_REQUEST_ID] === "trace-refused-1");
    expect(check?.attributes).toMatchObject({ "dovetail.token.outcome": "refused", "dovetail.token.failure_reason": "malformed" });
  });
});
