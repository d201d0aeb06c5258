import "reflect-metadata";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type autocannonType from "autocannon";
import { issueDevToken } from "../../common/auth/dev-issuer";
import { SUBGRAPH_NAMES, envPrefix, loadConfig, type SubgraphName } from "../../common/config";
import { authenticate, internalTokenFor } from "../../gateway/server";
import { loadGatewaySecurity } from "../../gateway/security";
import { PERSONAS } from "../../seed/generate";
import { benchRequire } from "./bench-modules";
import { cpuMsOf, runToCompletion, startService, type Service } from "./processes";
import { writeScenario, type WriteResult } from "./write-scenario";

const autocannon = benchRequire("autocannon") as typeof autocannonType;

/**
 * `npm run bench`: seeds a data set, starts the platform in production mode (each subgraph and
 * the gateway in its own process), the peer gateway (@graphql-hive/gateway) on the same
 * subgraphs and supergraph, and drives each with autocannon at a fixed concurrency for a fixed
 * time, with real tokens and purposes. Then the permission layer in-process. Prints the table and
 * writes bench/results/latest.json.
 */
const ROOT = path.resolve(__dirname, "../../..");
const DIST = path.join(ROOT, "dist");
const DATA = path.join(ROOT, "bench/.data");
const RESULTS = path.join(ROOT, "bench/results");
const PORTS = { gateway: 5000, peer: 5010, floor: 5011, people: 5001, agencies: 5002, cases: 5003, "immigration-contacts": 5004, "governance-boards": 5005 } as const;
const STATISTICS_PERIOD = "2019-20";
/** Each service's heap bound in a deployment (docker/compose.yml); `--node-args ""` for V8's own sizing. */
const SERVICE_NODE_ARGS = ["--max-old-space-size=256"];

const USAGE = `usage: npm run bench -- [--duration S] [--warmup S] [--connections N] [--rounds N] [--cases N] [--no-seed] [--profile] [--only caseload,panel,statistics] [--no-peer] [--no-layer] [--soak S] [--soak-connections N] [--no-write] [--write-seconds S] [--node-args "V8 flags"]
  --only also takes "write" (the case-work mutations at --connections; the last phase of a full run).
  --soak S: after the scenarios, S seconds (600 when given without a number) of the Caseload on our gateway, with
  each process's RSS and heap used and the requests per second reported per minute (written under "soak").
  Seeds 100,000 cases on PostgreSQL when DATABASE_URL is set, 10,000 on the embedded SQLite default.`;

interface Options {
  duration: number;
  warmup: number;
  connections: number;
  cases: number;
  seed: boolean;
  profile: boolean;
  /** Turns each target takes within a scenario (the duration is shared between them). */
  rounds: number;
  /** Scenarios to run (all by default); the ratios need all three and the peer. */
  only: string[] | null;
  peer: boolean;
  layer: boolean;
  /** Seconds of the Caseload soak (0: none). */
  soak: number;
  soakConnections: number;
  /** The write scenario (case-work mutations) after the read scenarios. */
  write: boolean;
  writeSeconds: number;
  /**
   * V8 flags for every process of the platform, as the deployment gives them (docker/compose.yml's
   * NODE_OPTIONS): by default the heap bound each service runs with, so the soak measures that.
   */
  nodeArgs: string[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { duration: 20, warmup: 5, connections: 20, cases: process.env.DATABASE_URL ? 100_000 : 10_000, seed: true, profile: false, rounds: 2, only: null, peer: true, layer: true, soak: 0, soakConnections: 50, write: true, writeSeconds: 10, nodeArgs: [...SERVICE_NODE_ARGS] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const number = (min: number, max: number) => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} takes a whole number from ${min} to ${max}\n${USAGE}`);
      return n;
    };
    if (flag === "--duration") options.duration = number(1, 600);
    else if (flag === "--warmup") options.warmup = number(0, 120);
    else if (flag === "--connections") options.connections = number(1, 1000);
    else if (flag === "--cases") options.cases = number(0, 1_000_000);
    else if (flag === "--rounds") options.rounds = number(1, 20);
    else if (flag === "--no-seed") options.seed = false;
    else if (flag === "--profile") options.profile = true;
    else if (flag === "--only") options.only = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (flag === "--no-peer") options.peer = false;
    else if (flag === "--no-layer") options.layer = false;
    else if (flag === "--soak") options.soak = /^\d+$/.test(argv[i + 1] ?? "") ? number(60, 7_200) : 600;
    else if (flag === "--soak-connections") options.soakConnections = number(1, 1000);
    else if (flag === "--no-write") options.write = false;
    else if (flag === "--write-seconds") options.writeSeconds = number(1, 600);
    else if (flag === "--node-args") options.nodeArgs = (argv[++i] ?? "").split(/\s+/).filter(Boolean);
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  return options;
}

/** The environment every process of the run shares: production mode, the bench's ports and data. */
function platformEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    // Production with the development issuer trusted, so the seeded personas' tokens work.
    AUTH_DEV_ISSUER: "true",
    DATA_DIR: path.join(DATA, "sqlite"),
    KEYS_DIR: path.join(DATA, "keys"),
    SUPERGRAPH_FILE: path.join(ROOT, "schema/supergraph.graphql"),
    OPERATION_MANIFEST: path.join(ROOT, "clients/generated/persisted-documents.json"),
    OPERATION_SAFELIST: "enforce",
    SEED: "false",
    // Per-request access lines off in every process (the peer logs none either); warnings stay.
    LOG_LEVEL: "warn",
    // One client at full speed would exceed any partner's production rate limit.
    RATE_LIMIT_PER_MINUTE: "0",
    RATE_LIMIT_IP_PER_MINUTE: "0",
    GATEWAY_PORT: String(PORTS.gateway),
    PEER_GATEWAY_PORT: String(PORTS.peer),
  };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  if (process.env.DB_POOL_SIZE) env.DB_POOL_SIZE = process.env.DB_POOL_SIZE;
  // Traces on or off as the caller says (OTEL_TRACES_EXPORTER=otlp ... npm run bench measures their cost).
  for (const [key, value] of Object.entries(process.env)) if (key.startsWith("OTEL_") && value !== undefined) env[key] = value;
  for (const name of SUBGRAPH_NAMES) {
    env[`${envPrefix(name)}_PORT`] = String(PORTS[name]);
    env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${PORTS[name]}/graphql`;
  }
  return env;
}

interface Operation {
  operationName: string;
  id: string;
  query: string;
}

function loadManifest(): Map<string, Operation> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "clients/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
  const byName = new Map<string, Operation>();
  for (const [id, query] of Object.entries(manifest)) {
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    if (operationName) byName.set(operationName, { operationName, id: id.replace(/^sha256:/, ""), query });
  }
  return byName;
}

interface Target {
  name: "ours" | "peer" | "direct" | "floor";
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface Measured {
  scenario: string;
  target: Target["name"];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  /** CPU time per request of the process(es) that served it, in ms. */
  cpuMsPerRequest: Record<string, number>;
}

/** Sends the target's request once and checks the answer: data, and no error at all. */
async function check(target: Target): Promise<unknown> {
  const res = await fetch(target.url, { method: "POST", headers: target.headers, body: target.body });
  const text = await res.text();
  let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${target.name} answered ${res.status}: ${text.slice(0, 300)}`);
  }
  if (res.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${target.name} answered ${res.status} with ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  }
  return body.data;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One autocannon run; latencies are kept at full precision (autocannon's own are whole ms). */
function load(target: Target, seconds: number, connections: number): Promise<{ seconds: number; errors: number; requests: number; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let graphqlErrors = 0;
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: "POST",
            headers: target.headers,
            body: target.body,
            onResponse: (_status, body) => {
              if (body.includes('"errors"')) graphqlErrors += 1;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          seconds: result.duration,
          errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
          requests: result.requests.total,
          latencies,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === 200) latencies.push(ms);
    });
  });
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** CPU per request summed over every process that served a target. */
const sumCpu = (m: Measured): number => Object.values(m.cpuMsPerRequest).reduce((a, b) => a + b, 0);

/** JSON with every object's keys sorted: two answers compared whatever their field order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const env = platformEnv();
  const config = loadConfig(env);
  const onPostgres = config.database.kind === "postgres";
  fs.mkdirSync(RESULTS, { recursive: true });
  const logDir = path.join(DATA, "logs");
  console.log(`Benchmark on ${onPostgres ? "PostgreSQL" : "SQLite (embedded default)"}, ${options.cases.toLocaleString("en-GB")} cases, ${options.connections} connections, ${options.duration} s per run after ${options.warmup} s of warm-up; ${os.cpus().length} cores, Node ${process.version}`);

  await runToCompletion(path.join(DIST, "scripts/keys.js"), [], env);
  if (options.seed) {
    const started = Date.now();
    await runToCompletion(path.join(DIST, "scripts/seed.js"), ["--cases", String(options.cases)], env);
    console.log(`Seeded in ${round((Date.now() - started) / 1000, 1)} s`);
  }

  const services: Service[] = [];
  const stopAll = async () => {
    for (const s of [...services].reverse()) await s.stop();
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const memoryDir = path.join(DATA, "memory");
    fs.rmSync(memoryDir, { recursive: true, force: true });
    fs.mkdirSync(memoryDir, { recursive: true });
    // With the soak, each process writes its heap figures through the preloaded probe.
    const probe = () => (options.soak > 0 ? ["--require", path.join(DIST, "bench/src/memory-probe.js")] : []);
    const profileArgs = (name: string) => [
      // The peer runs as its project ships it: V8's own heap sizing.
      ...(name === "peer-gateway" ? [] : options.nodeArgs),
      ...probe(),
      ...(options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(RESULTS, "profiles")}`, `--cpu-prof-name=${name}.cpuprofile`] : []),
    ];
    const envOf = (name: string): NodeJS.ProcessEnv => (options.soak > 0 ? { ...env, BENCH_MEMORY_FILE: path.join(memoryDir, `${name}.json`) } : env);
    for (const name of SUBGRAPH_NAMES) {
      services.push(
        await startService({ name, entry: path.join(DIST, "subgraphs", name, "index.js"), env: envOf(name), base: `http://127.0.0.1:${PORTS[name]}`, readyPath: "/health/ready", logDir, nodeArgs: profileArgs(name) }),
      );
    }
    const ours = await startService({ name: "gateway", entry: path.join(DIST, "gateway/index.js"), env: envOf("gateway"), base: `http://127.0.0.1:${PORTS.gateway}`, readyPath: "/health/ready", logDir, nodeArgs: profileArgs("gateway") });
    services.push(ours);
    const peer = await startService({ name: "peer-gateway", entry: path.join(DIST, "bench/src/peer-gateway.js"), env, base: `http://127.0.0.1:${PORTS.peer}`, readyPath: "/health/live", logDir, nodeArgs: profileArgs("peer-gateway") });
    services.push(peer);
    console.log("Platform (production mode) and peer gateway ready");

    const manifest = loadManifest();
    const tokenFor = async (personaId: string) => {
      const persona = PERSONAS.find((p) => p.id === personaId);
      if (!persona) throw new Error(`no persona ${personaId}`);
      return issueDevToken(config.auth.keysDir, persona, { audience: config.auth.audience, ttlSeconds: 3_600 });
    };
    const chair = await tokenFor("kirklees-channel-chair");
    const board = await tokenFor("board-member");
    // The floor (PostgreSQL only): the same Caseload page from one SQL statement in a bare HTTP handler.
    const floor = onPostgres
      ? await startService({
          name: "floor",
          entry: path.join(DIST, "bench/src/floor.js"),
          args: [chair, "case review"],
          env: { ...env, FLOOR_PORT: String(PORTS.floor) },
          base: `http://127.0.0.1:${PORTS.floor}`,
          readyPath: "/health",
          logDir,
          nodeArgs: profileArgs("floor"),
        })
      : null;
    if (floor) services.push(floor);
    const headers = (token: string, purpose: string | null): Record<string, string> => ({
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(purpose ? { "x-purpose": purpose } : {}),
    });
    const byId = (name: string, variables: Record<string, unknown>) =>
      JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: manifest.get(name)!.id } } });
    const byText = (name: string, variables: Record<string, unknown>) => JSON.stringify({ operationName: name, query: manifest.get(name)!.query, variables });
    const gatewayUrl = `${ours.base}/graphql`;
    const peerUrl = `${peer.base}/graphql`;

    // A case the Kirklees chair leads, for the panel view.
    const caseload = (await check({ name: "ours", url: gatewayUrl, headers: headers(chair, "case review"), body: byId("MyCaseloadByStage", { stage: "PANEL" }) })) as {
      cases: { totalCount: number; edges: { node: { id: string; reference: string; leadAgency: { id: string } } }[] };
    };
    const led = caseload.cases.edges.find((e) => e.node.leadAgency.id === "kirklees");
    if (!led) throw new Error("the Kirklees chair leads no case at panel: seed more cases");
    console.log(`Caseload at panel for the Kirklees chair: ${caseload.cases.totalCount} cases; panel view of ${led.node.reference}`);
    const floorTarget: Target | null = floor ? { name: "floor", url: `${floor.base}/caseload`, headers: { "content-type": "application/json" }, body: JSON.stringify({ stage: "PANEL", first: 50 }) } : null;
    if (floorTarget) {
      // The floor must answer exactly what the chair gets from us (same rows, same fields, same values).
      const fromFloor = await check(floorTarget);
      if (canonicalJson(fromFloor) !== canonicalJson(caseload)) throw new Error(`the floor's Caseload differs from ours: ${canonicalJson(fromFloor).slice(0, 300)} against ${canonicalJson(caseload).slice(0, 300)}`);
      console.log("Floor (one SQL statement, bare HTTP handler) answers the same Caseload page");
    }

    // The direct target reuses one internal token, signed as the gateway signs it.
    const security = loadGatewaySecurity(config.auth, Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>);
    // The direct target reuses one internal token for its whole run: a request deadline of five
    // minutes (the subgraph's longest token age) instead of the deployment's own.
    const directToken = async () => {
      const context = await authenticate(headers(board, null), security);
      context.deadline = Math.floor(Date.now() / 1000) + 290;
      return internalTokenFor(context, "cases", security, "StatisticsFunnelByRegion");
    };

    const scenarios: { id: string; label: string; targets: () => Promise<Target[]> }[] = [
      {
        id: "caseload",
        label: "Caseload (MyCaseloadByStage: cases, agencies, immigration-contacts, people)",
        targets: async () => [
          { name: "ours", url: gatewayUrl, headers: headers(chair, "case review"), body: byId("MyCaseloadByStage", { stage: "PANEL" }) },
          { name: "peer", url: peerUrl, headers: headers(chair, "case review"), body: byText("MyCaseloadByStage", { stage: "PANEL" }) },
          ...(floorTarget ? [floorTarget] : []),
        ],
      },
      {
        id: "panel",
        label: "Panel view (CasePanelView of one case)",
        targets: async () => [
          { name: "ours", url: gatewayUrl, headers: headers(chair, "panel preparation"), body: byId("CasePanelView", { id: led.node.id }) },
          { name: "peer", url: peerUrl, headers: headers(chair, "panel preparation"), body: byText("CasePanelView", { id: led.node.id }) },
        ],
      },
      {
        id: "statistics",
        label: `Statistics funnel by region (StatisticsFunnelByRegion ${STATISTICS_PERIOD}: cases only)`,
        targets: async () => [
          { name: "ours", url: gatewayUrl, headers: headers(board, null), body: byId("StatisticsFunnelByRegion", { period: STATISTICS_PERIOD }) },
          { name: "peer", url: peerUrl, headers: headers(board, null), body: byText("StatisticsFunnelByRegion", { period: STATISTICS_PERIOD }) },
          {
            name: "direct",
            url: `http://127.0.0.1:${PORTS.cases}/graphql`,
            headers: { "content-type": "application/json", authorization: `Bearer ${await directToken()}` },
            body: byText("StatisticsFunnelByRegion", { period: STATISTICS_PERIOD }),
          },
        ],
      },
    ];

    const processes: Record<Target["name"], Service[]> = {
      ours: [ours, ...services.slice(0, SUBGRAPH_NAMES.length)],
      peer: [peer, ...services.slice(0, SUBGRAPH_NAMES.length)],
      direct: services.filter((s) => s.name === "cases"),
      floor: floor ? [floor] : [],
    };
    const measured: Measured[] = [];
    for (const scenario of scenarios) {
      if (options.only && !options.only.includes(scenario.id)) continue;
      console.log(`\n${scenario.label}`);
      const targets = (await scenario.targets()).filter((t) => t.name !== "peer" || options.peer);
      for (const target of targets) {
        // The statistics year may still be computing on the first call: retry until it answers.
        for (let attempt = 0; ; attempt++) {
          try {
            await check(target);
            break;
          } catch (err) {
            if (attempt >= 20) throw err;
            await new Promise((resolve) => setTimeout(resolve, 1_000));
          }
        }
        if (options.warmup > 0) await load(target, options.warmup, options.connections);
      }
      // The targets take turns (A B C A B C ...), so a drift of the machine or the database during
      // the scenario falls on each of them alike; each round is duration / rounds seconds.
      const totals = new Map<Target["name"], { requests: number; seconds: number; errors: number; latencies: number[]; cpu: number[] }>();
      const seconds = Math.max(1, Math.round(options.duration / options.rounds));
      for (let r = 0; r < options.rounds; r++) {
        for (const target of targets) {
          const before = processes[target.name].map((s) => cpuMsOf(s.child.pid) ?? 0);
          const result = await load(target, seconds, options.connections);
          const after = processes[target.name].map((s) => cpuMsOf(s.child.pid) ?? 0);
          const total = totals.get(target.name) ?? { requests: 0, seconds: 0, errors: 0, latencies: [], cpu: processes[target.name].map(() => 0) };
          total.requests += result.requests;
          total.seconds += result.seconds;
          total.errors += result.errors;
          for (const ms of result.latencies) total.latencies.push(ms);
          after.forEach((ms, i) => (total.cpu[i]! += ms - before[i]!));
          totals.set(target.name, total);
        }
      }
      for (const target of targets) {
        const total = totals.get(target.name)!;
        const sorted = Float64Array.from(total.latencies).sort();
        const cpuMsPerRequest = Object.fromEntries(processes[target.name].map((s, i) => [s.name, round(total.cpu[i]! / Math.max(1, total.requests), 3)]));
        const row: Measured = {
          scenario: scenario.id,
          target: target.name,
          requestsPerSecond: round(total.requests / total.seconds, 1),
          p50Ms: round(percentile(sorted, 50)),
          p99Ms: round(percentile(sorted, 99)),
          errors: total.errors,
          requests: total.requests,
          cpuMsPerRequest,
        };
        measured.push(row);
        const cpu = Object.entries(cpuMsPerRequest).map(([name, ms]) => `${name} ${ms}`).join(", ");
        console.log(`  ${target.name.padEnd(7)} ${String(row.requestsPerSecond).padStart(8)} req/s   p50 ${String(row.p50Ms).padStart(7)} ms   p99 ${String(row.p99Ms).padStart(7)} ms   errors ${row.errors}   CPU ms/req: ${cpu}`);
      }
    }

    let permissionLayer = { ratio: Number.NaN, shieldOnlyRatio: Number.NaN, opsPerSecond: {} as Record<string, number> };
    if (options.layer) {
      console.log("\nPermission layer (in-process, cases subgraph, with and without shield and audit) ...");
      const layerArgs = [...profileArgs("permission-layer"), path.join(DIST, "bench/src/permission-layer.js"), chair, "case review", "4"];
      const layerOut = execFileSync(process.execPath, layerArgs, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      permissionLayer = JSON.parse(layerOut.trim().split("\n").at(-1)!) as typeof permissionLayer;
      console.log(`  ops/s: bare ${permissionLayer.opsPerSecond.bare}, shield only ${permissionLayer.opsPerSecond.shieldOnly}, shield + audit ${permissionLayer.opsPerSecond.guarded}: ratio ${permissionLayer.ratio} (shield only ${permissionLayer.shieldOnlyRatio})`);
    }
    let written: WriteResult | null = null;
    if (options.write && (!options.only || options.only.includes("write"))) {
      console.log(`\nWrite scenario: case-work mutations through our gateway, ${options.connections} connections`);
      written = await writeScenario({
        gatewayUrl,
        byId,
        chairToken: chair,
        ctOfficerToken: await tokenFor("ctp-north-west-officer"),
        connections: options.connections,
        seconds: options.writeSeconds,
        conflictCases: 40,
        contenders: 5,
        databaseUrl: onPostgres ? process.env.DATABASE_URL : undefined,
      });
      const w = written;
      console.log(`  VAF on distinct cases: ${w.vaf.mutationsPerSecond} mutations/s, p50 ${w.vaf.p50Ms} ms, p99 ${w.vaf.p99Ms} ms, ${w.vaf.mutations} accepted, errors ${w.vaf.errors}`);
      console.log(`  conflicting screening decisions: ${w.conflicts.cases} cases x ${w.conflicts.contenders}: ${w.conflicts.winners} winners, ${w.conflicts.conflictAnswers} CONFLICT, other errors ${w.conflicts.otherErrors}; one winner on ${w.conflicts.casesWithOneWinner}/${w.conflicts.cases}; p50 ${w.conflicts.p50Ms} ms, p99 ${w.conflicts.p99Ms} ms`);
      console.log(`  lost updates: ${w.lostUpdates ?? "not checked (SQLite)"}; alterations in the chain: ${w.alterationsRecorded ?? "not checked"}/${w.alterationsExpected}; ${w.ok ? "OK" : "FAILED"}`);
    }
    let soaked: SoakResult | null = null;
    if (options.soak > 0) {
      const target: Target = { name: "ours", url: gatewayUrl, headers: headers(chair, "case review"), body: byId("MyCaseloadByStage", { stage: "PANEL" }) };
      console.log(`\nSoak: the Caseload (MyCaseloadByStage) on our gateway, ${options.soakConnections} connections, ${options.soak} s`);
      soaked = await soak(target, options.soak, options.soakConnections, processes.ours, memoryDir);
    }
    if (options.only || !options.peer || !options.layer) {
      if (soaked) {
        // A soak on its own updates the soak of the last full run's results, nothing else.
        const file = path.join(RESULTS, "latest.json");
        const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
        fs.writeFileSync(file, `${JSON.stringify({ ...previous, soak: soaked }, null, 2)}\n`);
        console.log(`\nA partial run: the soak written to ${path.relative(ROOT, file)} (the rest left as it was).`);
        return;
      }
      const partial = measured.find((m) => m.scenario === "caseload" && m.target === "ours");
      const partialFloor = measured.find((m) => m.scenario === "caseload" && m.target === "floor");
      if (partial) console.log(`\nCaseload CPU per request, all processes: ${round(sumCpu(partial), 2)} ms${partialFloor ? `; the floor: ${round(sumCpu(partialFloor), 3)} ms; ours / floor ${round(sumCpu(partial) / sumCpu(partialFloor), 1)}` : ""}`);
      console.log("\nA partial run (--only, --no-peer or --no-layer): no ratios, nothing written.");
      return;
    }

    if (written && !written.ok) throw new Error("the write scenario failed its checks (see above): nothing written");
    const gatewayRssMb = ours.rssMb();
    const peerRssMb = peer.rssMb();
    const get = (scenario: string, target: Target["name"]) => measured.find((m) => m.scenario === scenario && m.target === target)!;
    const ratios = {
      peerThroughput: round(get("caseload", "ours").requestsPerSecond / get("caseload", "peer").requestsPerSecond, 3),
      directOverhead: round(get("statistics", "ours").p50Ms / get("statistics", "direct").p50Ms, 3),
      permissionLayer: permissionLayer.ratio,
      panelPeerThroughput: round(get("panel", "ours").requestsPerSecond / get("panel", "peer").requestsPerSecond, 3),
      statisticsPeerThroughput: round(get("statistics", "ours").requestsPerSecond / get("statistics", "peer").requestsPerSecond, 3),
      floor: floorTarget ? round(sumCpu(get("caseload", "ours")) / sumCpu(get("caseload", "floor")), 1) : null,
    };
    const caseloadCpuMsPerRequest = round(sumCpu(get("caseload", "ours")), 2);
    const caseloadFloorCpuMsPerRequest = floorTarget ? round(sumCpu(get("caseload", "floor")), 3) : null;
    const budget = {
      peerThroughput: { limit: ">= 1.2", value: ratios.peerThroughput, met: ratios.peerThroughput >= 1.2 },
      directOverhead: { limit: "<= 1.3", value: ratios.directOverhead, met: ratios.directOverhead <= 1.3 },
      permissionLayer: { limit: ">= 0.85", value: ratios.permissionLayer, met: ratios.permissionLayer >= 0.85 },
      gatewayRssMb: { limit: "<= 250", value: gatewayRssMb, met: gatewayRssMb !== null && gatewayRssMb <= 250 },
      caseloadCpuMsPerRequest: { limit: "<= 10", value: caseloadCpuMsPerRequest, met: caseloadCpuMsPerRequest <= 10 },
    };

    printTable(measured, ratios, budget, gatewayRssMb, peerRssMb, permissionLayer);
    console.log(`Caseload CPU per request, all processes: ${caseloadCpuMsPerRequest} ms${caseloadFloorCpuMsPerRequest !== null ? `; the floor: ${caseloadFloorCpuMsPerRequest} ms; ours / floor ${ratios.floor}` : " (no floor on SQLite)"}`);
    const result = {
      generatedAt: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
      database: onPostgres ? "postgres" : "sqlite",
      cases: options.cases,
      connections: options.connections,
      durationSeconds: options.duration,
      rounds: options.rounds,
      warmupSeconds: options.warmup,
      ratios,
      caseloadCpuMsPerRequest,
      caseloadFloorCpuMsPerRequest,
      gatewayRssMb,
      peerGatewayRssMb: peerRssMb,
      budget,
      runs: measured,
      permissionLayer,
      ...(written ? { write: written } : {}),
      ...(soaked ? { soak: soaked } : {}),
    };
    const file = path.join(RESULTS, "latest.json");
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nWritten to ${path.relative(ROOT, file)}`);
  } finally {
    await stopAll();
  }
}

interface SoakResult {
  database: string;
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  errorsByCode: Record<string, number>;
  rpsByMinute: number[];
  /** Each process's resident memory at the end of each minute. */
  /** Each process's resident memory just before the soak started. */
  rssMbBefore: Record<string, number | null>;
  rssMbByMinute: Record<string, (number | null)[]>;
  heapUsedMbByMinute: Record<string, (number | null)[]>;
  /** RSS at the end of the run over RSS after minute 2, less one, per process (the goal: under 0.10). */
  rssGrowthAfterMinute2: Record<string, number | null>;
  /** Requests per second of the last minute over the first (the goal: at least 0.95). */
  throughputHeld: number;
}

/**
 * The soak: one target under constant load for a long time. Each minute, each process's RSS (from
 * /proc) and heap used (from the memory probe) and the minute's requests per second. Memory that
 * grows with requests shows as a rising line; throughput that decays as the collector works harder
 * shows in the last minute against the first.
 */
async function soak(target: Target, seconds: number, connections: number, processes: Service[], memoryDir: string): Promise<SoakResult> {
  const heapUsedMb = (name: string): number | null => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(memoryDir, `${name}.json`), "utf8")) as { heapUsedMb: number }).heapUsedMb;
    } catch {
      return null;
    }
  };
  const minutes = Math.ceil(seconds / 60);
  const rssMbByMinute: SoakResult["rssMbByMinute"] = Object.fromEntries(processes.map((p) => [p.name, []]));
  const heapUsedMbByMinute: SoakResult["heapUsedMbByMinute"] = Object.fromEntries(processes.map((p) => [p.name, []]));
  const rpsByMinute: number[] = [];
  const rssMbBefore = Object.fromEntries(processes.map((p) => [p.name, p.rssMb()]));
  console.log(`  before: ${processes.map((p) => `${p.name} ${rssMbBefore[p.name]} MB`).join(", ")}`);
  let done = 0;
  let errors = 0;
  let requests = 0;
  const started = Date.now();
  const errorCodes = new Map<string, number>();
  let finish!: (result: { errors: number; timeouts: number; requests: { total: number } }) => void;
  let fail!: (err: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = (result) => {
      errors += result.errors + result.timeouts;
      requests = result.requests.total;
      resolve();
    };
    fail = reject;
  });
  const instance = autocannon(
    {
      url: target.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: "POST",
          headers: target.headers,
          body: target.body,
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('"errors"')) return;
            if (status === 200) errors += 1;
            const code = /"code":"(\w+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
            errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          },
        },
      ],
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on("response", (_client, status) => {
    done += 1;
    if (status !== 200) errors += 1;
  });
  const sample = (minute: number, elapsedS: number, count: number) => {
    rpsByMinute.push(round(count / elapsedS, 1));
    for (const p of processes) {
      rssMbByMinute[p.name]!.push(p.rssMb());
      heapUsedMbByMinute[p.name]!.push(heapUsedMb(p.name));
    }
    const line = processes.map((p) => `${p.name} ${rssMbByMinute[p.name]!.at(-1)}/${heapUsedMbByMinute[p.name]!.at(-1)}`).join(", ");
    console.log(`  minute ${String(minute).padStart(2)}: ${String(rpsByMinute.at(-1)).padStart(6)} req/s; RSS/heap used MB: ${line}`);
  };
  for (let minute = 1; minute <= minutes; minute++) {
    const end = started + Math.min(minute * 60, seconds) * 1000;
    const from = done;
    const at = Date.now();
    if (minute === minutes) await finished;
    else await new Promise((resolve) => setTimeout(resolve, Math.max(0, end - Date.now())));
    sample(minute, (Date.now() - at) / 1000, done - from);
  }
  const growth = Object.fromEntries(
    processes.map((p) => {
      const series = rssMbByMinute[p.name]!;
      const base = series[Math.min(1, series.length - 1)];
      const last = series.at(-1);
      return [p.name, base && last ? round(last / base - 1, 3) : null];
    }),
  );
  const throughputHeld = round(rpsByMinute.at(-1)! / rpsByMinute[0]!, 3);
  if (errorCodes.size > 0) console.log(`  errors by code: ${[...errorCodes].map(([c, n]) => `${c} ${n}`).join(", ")}`);
  console.log(`  ${requests} requests, ${errors} errors; RSS growth after minute 2: ${Object.entries(growth).map(([n, g]) => `${n} ${g}`).join(", ")}; last minute / first: ${throughputHeld}`);
  return {
    database: process.env.DATABASE_URL ? "postgres" : "sqlite",
    seconds,
    connections,
    requests,
    errors,
    errorsByCode: Object.fromEntries(errorCodes),
    rpsByMinute,
    rssMbBefore,
    rssMbByMinute,
    heapUsedMbByMinute,
    rssGrowthAfterMinute2: growth,
    throughputHeld,
  };
}

function printTable(
  measured: Measured[],
  ratios: Record<string, number | null>,
  budget: Record<string, { limit: string; value: number | null; met: boolean }>,
  gatewayRssMb: number | null,
  peerRssMb: number | null,
  layer: { opsPerSecond: Record<string, number> },
): void {
  const lines = [
    "",
    "| operation | target | req/s | p50 ms | p99 ms | errors | CPU ms/req (gateway + subgraphs) |",
    "|---|---|---:|---:|---:|---:|---|",
    ...measured.map((m) => {
      const cpu = Object.entries(m.cpuMsPerRequest)
        .map(([name, ms]) => `${name} ${ms}`)
        .join(", ");
      return `| ${m.scenario} | ${m.target} | ${m.requestsPerSecond} | ${m.p50Ms} | ${m.p99Ms} | ${m.errors} | ${cpu} |`;
    }),
    "",
    `gateway RSS after the run: ${gatewayRssMb} MB (peer gateway: ${peerRssMb} MB)`,
    `permission layer in-process, ops/s: bare ${layer.opsPerSecond.bare}, shield only ${layer.opsPerSecond.shieldOnly}, shield + audit ${layer.opsPerSecond.guarded}`,
    "",
    "| budget | limit | measured | met |",
    "|---|---|---:|---|",
    ...Object.entries(budget).map(([k, b]) => `| ${k} | ${b.limit} | ${b.value} | ${b.met ? "yes" : "NO"} |`),
    "",
    `other ratios: panel view ours/peer ${ratios.panelPeerThroughput}, statistics ours/peer ${ratios.statisticsPeerThroughput}`,
  ];
  console.log(lines.join("\n"));
}

main().catch((err: unknown) => {
  console.error("bench failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
