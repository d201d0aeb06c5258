import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { issueDevToken } from "../../common/auth/dev-issuer";
import { provisionKeys } from "../../common/auth/keys";
import { SUBGRAPH_NAMES, envPrefix } from "../../common/config";
import { PERSONAS } from "../../seed/generate";

/**
 * The issue's "done when", as an operator runs it: `npm start` (its entry point, in a process of
 * its own) with OTEL_TRACES_EXPORTER=otlp, OTEL_EXPORTER_OTLP_PROTOCOL=http/json and the endpoint
 * of a small OTLP receiver; one Caseload request; the receiver holds spans of the gateway and of
 * every subgraph the request touched, under one trace id; the gateway's /metrics (development)
 * shows the operation histogram for operation="Caseload".
 */

const ROOT = path.resolve(__dirname, "../..");
const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int = 20) {
    cases(first: $first) {
      edges { node { id reference stage leadAgency { id name dovetailPhase { name } } subject { givenName familyName } } }
    }
  }
`;

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<http.Server>((resolve) => { const s = http.createServer(); s.listen(0, "127.0.0.1", () => resolve(s)); })),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

const attr = (span: OtlpSpan, key: string) => span.attributes?.find((a) => a.key === key)?.value.stringValue;

describe("npm start with OTLP http/json traces: one Caseload request is one trace across the services it touches", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-otlp-"));
  const keysDir = path.join(work, "keys");
  const received: ReceivedSpan[] = [];
  const requests: { path: string; type: string }[] = [];
  let receiver: http.Server;
  let child: ChildProcess | undefined;
  let output = "";
  let gatewayPort = 0;

  beforeAll(async () => {
    provisionKeys(keysDir);
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        requests.push({ path: req.url ?? "", type: String(req.headers["content-type"]) });
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpExport;
        for (const rs of body.resourceSpans) {
          const service = rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "?";
          for (const ss of rs.scopeSpans) for (const span of ss.spans) received.push({ ...span, service });
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const [gateway, ...subgraphPorts] = await freePorts(1 + SUBGRAPH_NAMES.length);
    gatewayPort = gateway!;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? work,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      DATA_DIR: path.join(work, "data"),
      KEYS_DIR: keysDir,
      SEED_CASES: "30",
      LOG_LEVEL: "silent",
      WEB_DIST_DIR: path.join(work, "no-web"),
      GATEWAY_PORT: String(gatewayPort),
      OTEL_TRACES_EXPORTER: "otlp",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      // Sent within a fraction of a second of ending (the batch processor's standard variable).
      OTEL_BSP_SCHEDULE_DELAY: "100",
    };
    SUBGRAPH_NAMES.forEach((name, i) => (env[`${envPrefix(name)}_PORT`] = String(subgraphPorts[i])));
    const started = spawn(process.execPath, [path.join(ROOT, "tests/fixtures/start-process.js")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not become ready:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString("utf8");
        if (output.includes("Gateway ready at")) {
          clearTimeout(timer);
          resolve();
        }
      };
      started.stdout!.on("data", read);
      started.stderr!.on("data", read);
      started.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code}):\n${output}`));
      });
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await new Promise((resolve) => receiver?.close(resolve));
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("exports the request's spans from the gateway and every subgraph it touched, under one trace id", async () => {
    expect(output).toContain("Traces: otlp (http/json)");
    const persona = PERSONAS.find((p) => p.id === "kirklees-channel-chair")!;
    const token = await issueDevToken(keysDir, persona, { audience: "dovetail-graph", ttlSeconds: 300 });
    const requestId = "otlp-start-caseload-1";
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "case review", "x-request-id": requestId },
      body: JSON.stringify({ query: CASELOAD }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { cases?: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.cases?.edges.length).toBeGreaterThan(0);

    // Wait until the gateway's request span has arrived (it ends last).
    const deadline = Date.now() + 15_000;
    const mine = () => received.filter((s) => attr(s, "dovetail.request.id") === requestId);
    while (!mine().some((s) => s.service === "gateway" && s.name === "POST /graphql") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Then a moment for the subgraphs' last batches.
    await new Promise((r) => setTimeout(r, 500));

    expect(requests.every((r) => r.path === "/v1/traces" && r.type.startsWith("application/json"))).toBe(true);
    const spans = mine();
    const traceIds = new Set(spans.map((s) => s.traceId));
    expect(traceIds.size).toBe(1);
    const [traceId] = [...traceIds];
    const trace = received.filter((s) => s.traceId === traceId);
    expect(trace.length).toBe(spans.length);
    const touched = new Set(trace.filter((s) => s.service === "gateway" && s.name.startsWith("fetch ")).map((s) => attr(s, "dovetail.subgraph")!));
    expect([...touched]).toEqual(expect.arrayContaining(["agencies", "cases", "governance-boards", "people"]));
    expect(new Set(trace.map((s) => s.service))).toEqual(new Set(["gateway", ...touched]));
    for (const name of touched) expect([name, trace.some((s) => s.service === name && s.name === "POST /graphql")]).toEqual([name, true]);
    expect(trace.some((s) => s.service === "gateway" && s.name === "query Caseload")).toBe(true);
    expect(trace.some((s) => attr(s, "db.system.name") === "sqlite")).toBe(true);
    console.log(`[otlp] trace ${traceId}: ${trace.length} spans from ${[...new Set(trace.map((s) => s.service))].sort().join(", ")}`);

    // And the operation histogram at the gateway's own /metrics (development).
    const metrics = await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text();
    expect(metrics).toMatch(/^dovetail_graphql_operation_duration_seconds_bucket\{[^}]*operation="Caseload"[^}]*\} [1-9]/m);
  });
});
