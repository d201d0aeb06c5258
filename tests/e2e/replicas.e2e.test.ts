import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { Client } from "pg";
import { issueDevToken } from "../../common/auth/dev-issuer";
import { KEY_LAYOUT, provisionKeys } from "../../common/auth/keys";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "../../common/config";
import { PractitionerRole } from "../../common/domain";
import { sha256 } from "../../gateway/safelist";
import { AccessProfileClient } from "../../gateway/access-profiles";
import { InternalTokenSigner } from "../../common/auth/internal-token";
import { loadKeyPair } from "../../common/auth/keys";
import { closeDatabases, openDatabases, seedDatabases, type Databases } from "../../platform/platform";
import { PERSONAS, generateWorld } from "../../seed/generate";
import { Case } from "../../subgraphs/cases/entities/case.entity";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { describePostgres, describeRedis, SKIP_PREFIX } from "../fixtures/databases";

/**
 * Replicas behind a load balancer (issue 18): two processes of every subgraph and two gateways,
 * each its own process in production mode, behind Debian's haproxy (round robin, health checks
 * on /health/ready), on PostgreSQL and Redis. Reads and case work run concurrently for a bounded
 * time while one cases replica is stopped and killed; then every audit chain, disclosure, update,
 * conflict, the statistics of either replica, the shared rate limits and persisted queries are
 * checked. The counts are printed.
 */

const ROOT = path.resolve(__dirname, "../..");
const RUNNER = path.join(ROOT, "tests/fixtures/subgraph-process.js");
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, "clients/generated/persisted-documents.json"), "utf8")) as Record<string, string>;

/** How long the concurrent load runs, and when (from its start) a cases replica is stopped and killed. */
const LOAD_MS = 16_000;
const KILL_AT_MS = 5_000;
/** How long the replica is stopped (SIGSTOP) before it is killed: calls pile up in flight on it. */
const STOPPED_MS = 1_000;
/** The documented bound (README, subgraphs/cases/statistics/renewal.ts): case work shows in every replica's statistics within it. */
const RENEWAL_BOUND_MS = 5_000;
/** Requests a minute per identity at the gateways (the probe crosses it; every load identity stays under). */
const RATE_LIMIT = 300;

const CHAIR = PERSONAS.find((p) => p.id === "oldham-channel-chair")!;
const CT = PERSONAS.find((p) => p.id === "ctp-north-west-officer")!;
const BOARD = PERSONAS.find((p) => p.id === "board-member")!;
const KIRKLEES = PERSONAS.find((p) => p.id === "kirklees-channel-chair")!;

function findHaproxy(): string | null {
  for (const candidate of ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** The manifest's id of an operation (what the typed clients send). */
function documentId(operation: string): string {
  const entry = Object.entries(MANIFEST).find(([, text]) => new RegExp(`^(query|mutation) ${operation}\\b`).test(text));
  if (!entry) throw new Error(`operation ${operation} is not in the manifest`);
  return entry[0];
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve) => {
      const server = net.createServer();
      server.listen(0, "127.0.0.1", () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

interface Service {
  name: string;
  port: number;
  child: ChildProcess;
  log: string;
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "";
  }
}

function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, port: number, logDir: string, command = process.execPath): Service {
  const log = path.join(logDir, `${name}.log`);
  const fd = fs.openSync(log, "w");
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  return { name, port, child, log };
}

async function waitReady(service: Service, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) throw new Error(`${service.name} exited (${service.child.exitCode ?? service.child.signalCode}):\n${tail(service.log)}`);
    if (Date.now() > deadline) throw new Error(`${service.name} was not ready within ${timeoutMs} ms:\n${tail(service.log)}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** What haproxy runs: one frontend per subgraph and one for the gateways, as docker/haproxy.cfg does with DNS. */
function haproxyConfig(lb: Record<SubgraphName | "gateway", number>, servers: Record<SubgraphName | "gateway", number[]>, statsPort: number): string {
  const lines = [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  timeout check 1s",
    // Only a connection that failed is tried again (on another replica): nothing already sent.
    "  retries 3",
    "  option redispatch 1",
    "  default-server inter 500ms fall 2 rise 2",
  ];
  for (const name of [...SUBGRAPH_NAMES, "gateway"] as const) {
    lines.push(
      `listen ${name}`,
      `  bind 127.0.0.1:${lb[name]}`,
      "  balance roundrobin",
      "  option httpchk GET /health/ready",
      "  http-check expect status 200",
    );
    if (name === "gateway") {
      lines.push("  http-request set-header X-Forwarded-For %[src]");
    } else {
      // Every call of one client request to a subgraph goes to the replica that took its first
      // (each replica's ledger keeps a disclosure recorded once per request).
      lines.push("  stick-table type string len 128 size 200k expire 2m", "  stick on req.hdr(x-request-id)");
    }
    servers[name].forEach((port, i) => lines.push(`  server ${name}-${i + 1} 127.0.0.1:${port} check`));
  }
  lines.push("listen stats", `  bind 127.0.0.1:${statsPort}`, "  stats enable", "  stats uri /stats", "");
  return lines.join("\n");
}

/** haproxy's view of one server: UP, DOWN, ... */
async function serverStatus(statsPort: number, proxy: string, server: string): Promise<string> {
  const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
  const [header, ...rows] = csv.trim().split("\n");
  const columns = header!.replace(/^# /, "").split(",");
  const status = columns.indexOf("status");
  const row = rows.map((r) => r.split(",")).find((r) => r[0] === proxy && r[1] === server);
  return row?.[status] ?? "missing";
}

/**
 * A request that failed: any error but the answers the platform gives by design here (CONFLICT to
 * the losers of a race; FORBIDDEN at a field the sharing policy withholds, e.g. a chair's view of
 * a subject's immigration status).
 */
function failure(o: Outcome): boolean {
  return o.errors.some((e) => e.extensions?.code !== "CONFLICT" && e.extensions?.code !== "FORBIDDEN");
}

interface Outcome {
  kind: "read" | "mutation";
  op: string;
  requestId: string;
  startedAt: number;
  endedAt: number;
  status: number;
  data: Record<string, unknown> | null;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

const haproxy = findHaproxy();
const MISSING = "haproxy is not installed (apt-get install -y --no-install-recommends haproxy; .ci/run installs it)";

if (!haproxy) {
  if (process.env.CI === "true") {
    describe("replicas behind haproxy", () => {
      it("runs in CI, never skipped", () => {
        throw new Error(`${MISSING}: in CI the replica test must run, not skip.`);
      });
    });
  } else {
    describe("replicas behind haproxy", () => it.skip(`${SKIP_PREFIX}${MISSING}`, () => undefined));
  }
} else {
  describePostgres("replicas behind haproxy", (postgresUrl) => describeRedis("on PostgreSQL and Redis", (redisUrl) => replicaSuite(haproxy, postgresUrl, redisUrl)));
}

function replicaSuite(haproxyBin: string, postgresUrl: string, redisUrl: string): void {
  const run = randomBytes(4).toString("hex");
  const dbName = `dovetail_replicas_${run}`;
  const databaseUrl = (() => {
    const url = new URL(postgresUrl);
    url.pathname = `/${dbName}`;
    return url.toString();
  })();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-replicas-"));
  const keysDir = path.join(workDir, "keys");
  const gatewayKeys = path.join(workDir, "gateway-keys");
  const subgraphKeys = path.join(workDir, "subgraph-keys");
  const logDir = path.join(workDir, "logs");
  const services: Service[] = [];
  let lbProcess: Service | null = null;
  let databases: Databases | null = null;
  let redis: Redis;
  let lb: Record<SubgraphName | "gateway", number>;
  let servers: Record<SubgraphName | "gateway", number[]>;
  let statsPort: number;
  let gatewayUrl: string;
  const tokens = new Map<string, Promise<string>>();
  const counts = { requests: 0, reads: 0, mutations: 0, rounds: 0, conflicts: 0, unavailable: 0, records: 0, disclosureRecords: 0 };
  const period = (() => {
    const now = new Date();
    const start = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
  })();

  /** A token for a persona (or a variant of it with its own user id: its own rate-limit window). */
  function token(persona: (typeof PERSONAS)[number], variant = ""): Promise<string> {
    const sub = variant ? `${persona.id}.${variant}` : persona.id;
    let t = tokens.get(sub);
    if (!t) tokens.set(sub, (t = issueDevToken(keysDir, { id: sub, agencyId: persona.agencyId, roles: persona.roles }, { audience: "dovetail-graph", ttlSeconds: 600 })));
    return t;
  }

  let requestSeq = 0;
  async function send(kind: Outcome["kind"], op: string, variables: Record<string, unknown>, persona: (typeof PERSONAS)[number], variant: string, url = gatewayUrl): Promise<Outcome> {
    const requestId = `rep-${run}-${++requestSeq}`;
    const startedAt = Date.now();
    counts.requests += 1;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await token(persona, variant)}`, "x-purpose": "case review", "x-request-id": requestId },
      body: JSON.stringify({ documentId: documentId(op), variables }),
    });
    const text = await res.text();
    let body: { data?: Record<string, unknown> | null; errors?: Outcome["errors"] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { errors: [{ message: `non-JSON answer ${res.status}: ${text.slice(0, 200)}` }] };
    }
    return { kind, op, requestId, startedAt, endedAt: Date.now(), status: res.status, data: body.data ?? null, errors: body.errors ?? [] };
  }

  const ok = (o: Outcome): Record<string, unknown> => {
    expect({ op: o.op, errors: o.errors }).toEqual({ op: o.op, errors: [] });
    return o.data!;
  };

  beforeAll(async () => {
    fs.mkdirSync(logDir, { recursive: true });
    const admin = new Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });

    // The keys, split as the compose file's keys job does: each side gets only its share.
    provisionKeys(keysDir);
    const share = (to: string, files: string[]) => {
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
        fs.copyFileSync(path.join(keysDir, file), path.join(to, file));
      }
    };
    share(gatewayKeys, [`${KEY_LAYOUT.internal}/private.pem`, `${KEY_LAYOUT.devIssuer}/public.pem`]);
    share(subgraphKeys, [`${KEY_LAYOUT.internal}/public.pem`, `${KEY_LAYOUT.attestation}/secret`]);

    const ports = await freePorts(SUBGRAPH_NAMES.length * 3 + 4);
    lb = {} as typeof lb;
    servers = {} as typeof servers;
    SUBGRAPH_NAMES.forEach((name, i) => {
      lb[name] = ports[i * 3]!;
      servers[name] = [ports[i * 3 + 1]!, ports[i * 3 + 2]!];
    });
    const rest = ports.slice(SUBGRAPH_NAMES.length * 3);
    lb.gateway = rest[0]!;
    servers.gateway = [rest[1]!, rest[2]!];
    statsPort = rest[3]!;
    gatewayUrl = `http://127.0.0.1:${lb.gateway}/graphql`;

    const common: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      // Generous deadlines: two shared cores run twelve services here.
      SUBGRAPH_TIMEOUT_MS: "20000",
      STATS_WAIT_MS: "15000",
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${envPrefix(n)}_URL`, `http://127.0.0.1:${lb[n]}/graphql`])),
    };
    // Both replicas of every subgraph start together on the empty database: their migrations take turns.
    for (const name of SUBGRAPH_NAMES) {
      servers[name].forEach((port, i) => {
        const env = { ...common, DATABASE_URL: databaseUrl, DB_POOL_SIZE: "4", KEYS_DIR: subgraphKeys, [`${envPrefix(name)}_PORT`]: String(port) };
        services.push(startProcess(`${name}-${i + 1}`, [RUNNER, name], env, port, logDir));
      });
    }
    await Promise.all(services.map((s) => waitReady(s, `http://127.0.0.1:${s.port}/health/ready`)));

    databases = await openDatabases({ database: { kind: "postgres", url: databaseUrl, poolSize: 4, logSql: false } });
    await seedDatabases(databases, generateWorld({ cases: 60 }));

    const cfg = path.join(workDir, "haproxy.cfg");
    fs.writeFileSync(cfg, haproxyConfig(lb, servers, statsPort));
    const check = spawnSync(haproxyBin, ["-c", "-q", "-f", cfg], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`haproxy refused its configuration:\n${check.stderr}${check.stdout}`);
    lbProcess = startProcess("haproxy", ["-db", "-f", cfg], { PATH: process.env.PATH }, lb.gateway, logDir, haproxyBin);

    servers.gateway.forEach((port, i) => {
      const env = {
        ...common,
        GATEWAY_PORT: String(port),
        KEYS_DIR: gatewayKeys,
        AUTH_DEV_ISSUER: "true",
        REDIS_URL: redisUrl,
        // Production, but open to operations outside the manifest (logged), so an integrator's
        // automatic persisted query can be registered: the manifest's own run by id regardless.
        OPERATION_SAFELIST: "log",
        RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
        RATE_LIMIT_IP_PER_MINUTE: "0",
        TRUST_PROXY: "true",
      };
      services.push(startProcess(`gateway-${i + 1}`, [RUNNER, "gateway"], env, port, logDir));
    });
    await Promise.all(services.filter((s) => s.name.startsWith("gateway")).map((s) => waitReady(s, `http://127.0.0.1:${s.port}/health/ready`)));
    // haproxy sees every server up.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const states = await Promise.all([...SUBGRAPH_NAMES, "gateway" as const].flatMap((name) => servers[name].map((_, i) => serverStatus(statsPort, name, `${name}-${i + 1}`))));
      if (states.every((s) => s === "UP")) break;
      if (Date.now() > deadline) throw new Error(`haproxy does not see every server up: ${states.join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => stop(s.child)));
    if (lbProcess) await stop(lbProcess.child);
    if (databases) await closeDatabases(databases);
    redis?.disconnect();
    const admin = new Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    if (process.env.KEEP_REPLICA_LOGS !== "true") fs.rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  // --- statistics from either replica ------------------------------------------------------------

  /** Asks one cases replica directly (with a token the gateway's key signs) for Oldham's referrals this year. */
  async function referralsAt(port: number): Promise<number | null> {
    const signer = new InternalTokenSigner(loadKeyPair(path.join(gatewayKeys, KEY_LAYOUT.internal), "ed25519", false).privateKey, 60);
    const profile = await new AccessProfileClient({ agencies: `http://127.0.0.1:${lb.agencies}/graphql`, "governance-boards": `http://127.0.0.1:${lb["governance-boards"]}/graphql` }, signer, 60_000).get(CHAIR.agencyId, "replica-stats");
    const principal = { sub: CHAIR.id, issuer: "dev", agencyId: CHAIR.agencyId, agencyKind: profile!.kind, region: profile!.region, roles: [...CHAIR.roles], grants: profile!.grants };
    const internal = await signer.sign("cases", { caller: { kind: "user", principal }, requestId: `rep-${run}-stats`, txn: randomUUID(), purpose: null, purposeProblem: null, operationName: "ReplicaStatistics" });
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${internal}` },
      body: JSON.stringify({ query: `query ReplicaStatistics($p: String!) { preventStatistics(period: $p, filter: { localAuthorityId: "${CHAIR.agencyId}" }) { total { referrals { value suppressed } } } }`, variables: { p: period } }),
    });
    const body = (await res.json()) as { data?: { preventStatistics: { total: { referrals: { value: number | null } } } }; errors?: unknown[] };
    if (body.errors) throw new Error(`statistics at ${port}: ${JSON.stringify(body.errors)}`);
    return body.data!.preventStatistics.total.referrals.value;
  }

  // Cases created for the case work below, and their panel changes.
  const raceCases: { id: string; version: number; panel: Set<string> }[] = [];
  let agencyPool: string[] = [];

  it("serves statistics from either cases replica that reflect case work done through the other, within the documented bound", async () => {
    const [a, b] = servers.cases as [number, number];
    const slowest: Record<number, number> = { [a]: 0, [b]: 0 };
    // Three referrals through the load balancer, each adopted to a panel (the case work below). A
    // referral is one call to one cases replica: the other learns of it only from the renewal.
    for (let i = 0; i < 3; i++) {
      // Both replicas hold this year's cube first (each would serve it for STATS_CACHE_SECONDS).
      const before = [await referralsAt(a), await referralsAt(b)];
      expect(before[0]).toBe(before[1]);
      const referred = ok(await send("mutation", "ReferCase", { input: { leadAgencyId: CHAIR.agencyId, programme: "CHANNEL", typeOfConcern: "EXTREME_RIGHT_WING", referringSector: "LOCAL_AUTHORITY", newSubject: { givenName: `Replica${i}`, familyName: "Testmoor", dateOfBirth: "2008-05-0" + (i + 1), gender: "MALE", postcode: "OL1 9ZZ", town: "Oldham" } } }, CHAIR, "setup")).referCase as { id: string };
      const done = Date.now();
      const seen: Record<number, number> = {};
      while (Object.keys(seen).length < 2 && Date.now() - done < RENEWAL_BOUND_MS * 2) {
        for (const port of [a, b]) if (seen[port] === undefined && (await referralsAt(port)) === (before[0] ?? 0) + 1) seen[port] = Date.now() - done;
        if (Object.keys(seen).length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect({ referral: i, [`cases-1`]: seen[a]! <= RENEWAL_BOUND_MS, [`cases-2`]: seen[b]! <= RENEWAL_BOUND_MS }).toEqual({ referral: i, "cases-1": true, "cases-2": true });
      for (const port of [a, b]) slowest[port] = Math.max(slowest[port]!, seen[port]!);
      const accepted = ok(await send("mutation", "AcceptForScreening", { caseId: referred.id, version: 1 }, CT, "setup")).acceptForScreening as { version: number };
      const screened = ok(await send("mutation", "RecordScreeningDecision", { input: { caseId: referred.id, version: accepted.version, decision: "ADOPTED_TO_PANEL", reason: "Vulnerability indicated." } }, CT, "setup")).recordScreeningDecision as { version: number; stage: string };
      expect(screened.stage).toBe("PANEL");
      raceCases.push({ id: referred.id, version: screened.version, panel: new Set([CHAIR.agencyId, CT.agencyId]) });
      counts.mutations += 3;
    }
    console.log(`[replicas] statistics: each of 3 referrals through the load balancer seen by both cases replicas, at worst after ${slowest[a]} ms (cases-1) and ${slowest[b]} ms (cases-2); bound ${RENEWAL_BOUND_MS} ms`);
    const agencies = ok(await send("read", "CaseloadAgencies", {}, CHAIR, "setup")).agencies as { id: string; kind: string }[];
    agencyPool = agencies.map((x) => x.id).filter((id) => id !== CHAIR.agencyId && id !== CT.agencyId).slice(0, 12);
    expect(agencyPool.length).toBe(12);
  }, 60_000);

  // --- the load, with a replica killed --------------------------------------------------------------

  const outcomes: Outcome[] = [];
  const applied = new Map<string, number>();
  let killAt = 0;
  let markedDownAt = 0;

  it("runs reads and case work concurrently; a cases replica killed mid-run fails only its in-flight calls, masked and retryable", async () => {
    const started = Date.now();
    const end = started + LOAD_MS;
    const readers = [
      { persona: CHAIR, op: "Caseload" },
      { persona: KIRKLEES, op: "Caseload" },
      { persona: CHAIR, op: "CaseDetail" },
      { persona: BOARD, op: "BoardStatisticsTrend" },
    ];
    const reader = async (index: number) => {
      const { persona, op } = readers[index % readers.length]!;
      for (let n = 0; Date.now() < end; n++) {
        const variables =
          op === "Caseload" ? { first: 10, withConcern: true } : op === "CaseDetail" ? { id: raceCases[n % raceCases.length]!.id } : { period, filter: null };
        outcomes.push(await send("read", op, variables, persona, `r${index}`));
        counts.reads += 1;
      }
    };
    // One worker per case: each round, three contenders change the panel from the same version.
    const worker = async (index: number) => {
      const kase = raceCases[index]!;
      const ours = new Set<string>();
      for (let round = 0; Date.now() < end; round++) {
        const adding = ours.size < 3;
        const candidates = adding ? agencyPool.filter((id) => !kase.panel.has(id)).slice((round * 3) % 6, ((round * 3) % 6) + 3) : [...ours].slice(0, 3);
        const op = adding ? "AddPanelMember" : "RemovePanelMember";
        const results = await Promise.all(candidates.map((agencyId, c) => send("mutation", op, { caseId: kase.id, version: kase.version, agencyId }, CHAIR, `w${index}c${c}`)));
        outcomes.push(...results);
        counts.mutations += results.length;
        counts.rounds += 1;
        const winners = results.filter((r) => r.errors.length === 0);
        const conflicts = results.filter((r) => r.errors.length === 1 && r.errors[0]!.extensions?.code === "CONFLICT");
        const unknown = results.filter((r) => r.errors[0]?.extensions?.code === "SERVICE_UNAVAILABLE");
        counts.conflicts += conflicts.length;
        expect({ round, other: results.filter((r) => !winners.includes(r) && !conflicts.includes(r) && !unknown.includes(r)).map((r) => r.errors) }).toEqual({ round, other: [] });
        expect(winners.length).toBeLessThanOrEqual(1);
        // Read the case as it now is: exactly one of the round's changes landed, nothing else.
        const now = (await readCase(kase.id, `w${index}`)) as { version: number; panelMembers: { id: string }[] };
        const panel = new Set(now.panelMembers.map((p) => p.id));
        const changedBy = results.filter((_, c) => (adding ? panel.has(candidates[c]!) && !kase.panel.has(candidates[c]!) : !panel.has(candidates[c]!) && kase.panel.has(candidates[c]!)));
        expect({ round, changes: changedBy.length, version: now.version }).toEqual({ round, changes: 1, version: kase.version + 1 });
        // The one that landed is the winner, or one whose answer was lost with the killed replica.
        if (winners.length === 1) expect(changedBy[0]).toBe(winners[0]);
        else expect(unknown).toContain(changedBy[0]);
        applied.set(changedBy[0]!.requestId, 1);
        const agency = candidates[results.indexOf(changedBy[0]!)]!;
        if (adding) ours.add(agency);
        else ours.delete(agency);
        kase.panel = panel;
        kase.version = now.version;
      }
    };
    /** The case as it is now; a read in flight on the killed replica fails (retryable) and is asked again. */
    const readCase = async (id: string, variant: string): Promise<unknown> => {
      for (let attempt = 0; ; attempt++) {
        const o = await send("read", "CaseForWork", { id }, CHAIR, variant);
        outcomes.push(o);
        counts.reads += 1;
        if (o.errors.length === 0 || attempt === 4) return ok(o).case;
      }
    };
    const killer = async () => {
      await new Promise((resolve) => setTimeout(resolve, KILL_AT_MS));
      const victim = services.find((s) => s.name === "cases-2")!;
      // Stopped first, so calls are in flight on it when it dies.
      victim.child.kill("SIGSTOP");
      // Case work sent now is in flight on it when it dies, whatever else the load is doing: changes
      // made against a version long gone, so they cannot land (CONFLICT where they reach cases-1).
      const probes = Promise.all(raceCases.flatMap((kase, i) => [0, 1].map((j) => send("mutation", "AddPanelMember", { caseId: kase.id, version: 1, agencyId: agencyPool[i + j]! }, CHAIR, `p${i}${j}`))));
      await new Promise((resolve) => setTimeout(resolve, STOPPED_MS));
      const exited = new Promise((resolve) => victim.child.once("exit", resolve));
      victim.child.kill("SIGKILL");
      killAt = Date.now();
      await exited;
      while (!(await serverStatus(statsPort, "cases", "cases-2")).startsWith("DOWN")) await new Promise((resolve) => setTimeout(resolve, 50));
      markedDownAt = Date.now();
      const answered = await probes;
      outcomes.push(...answered);
      counts.mutations += answered.length;
      for (const o of answered) expect(["CONFLICT", "SERVICE_UNAVAILABLE"]).toContain(o.errors[0]?.extensions?.code);
    };
    await Promise.all([...readers.map((_, i) => reader(i)), ...raceCases.map((_, i) => worker(i)), killer()]);
    expect(markedDownAt).toBeGreaterThan(0);

    const failed = outcomes.filter(failure);
    counts.unavailable = failed.length;
    console.log(
      `[replicas] load ${LOAD_MS} ms: ${counts.reads} reads, ${counts.mutations - 9} panel changes in ${counts.rounds} rounds (${counts.conflicts} CONFLICT), cases-2 killed at +${killAt - started} ms, marked down by haproxy ${markedDownAt - killAt} ms later; ${failed.length} in flight failed (${failed.filter((f) => f.kind === "mutation").length} mutations)`,
    );
    const kinds = new Map<string, number>();
    for (const f of failed) {
      const key = `${f.op} ${f.status} ${f.startedAt - killAt}..${f.endedAt - killAt} ${JSON.stringify(f.errors.map((e) => [e.message, e.extensions?.code]))}`;
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    if (process.env.REPLICA_DEBUG === "true") console.log([...kinds].map(([k, n]) => `${n} × ${k}`).join("\n"));
    // Nothing failed before the kill or after haproxy marked the replica down.
    for (const f of failed) expect({ op: f.op, startedBeforeDown: f.startedAt < markedDownAt, endedAfterStop: f.endedAt >= killAt - STOPPED_MS }).toEqual({ op: f.op, startedBeforeDown: true, endedAfterStop: true });
    expect(outcomes.filter((o) => o.startedAt > markedDownAt && failure(o))).toEqual([]);
    // Those in flight on it failed, masked (no address, status or stack) and retryable.
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.errors.map((e) => ({ message: e.message, code: e.extensions?.code }))).toContainEqual({ message: "The cases service is unavailable.", code: "SERVICE_UNAVAILABLE" });
      expect(JSON.stringify(f.errors)).not.toMatch(/127\.0\.0\.1|http:\/\/|502|Bad Gateway|stack/i);
    }
    expect(outcomes.some((o) => o.kind === "read" && o.errors.length === 0 && o.startedAt > markedDownAt)).toBe(true);
  }, 90_000);

  // --- the audit chains ---------------------------------------------------------------------------

  it("keeps every audit chain whole, every disclosure recorded exactly once, every update and each conflict's one winner", async () => {
    for (const name of SUBGRAPH_NAMES) {
      const report = await verifyChain(databases![name].dataSource);
      expect({ name, ...report }).toEqual({ name, records: report.records, intact: true });
      counts.records += report.records;
    }
    const records = new Map<SubgraphName, AuditRecord[]>();
    for (const name of SUBGRAPH_NAMES) {
      const rows = await databases![name].dataSource.getRepository(AuditRecord).createQueryBuilder("r").where("r.requestId LIKE :p", { p: `rep-${run}-%` }).getMany();
      records.set(name, rows);
    }
    // Exactly once: within one request, no field of a row is in two records of a chain.
    for (const [name, rows] of records) {
      const seen = new Map<string, number>();
      for (const r of rows.filter((x) => x.action === "DISCLOSURE")) {
        counts.disclosureRecords += 1;
        for (const e of JSON.parse(r.entries) as AuditEntry[]) for (const f of e.fields) seen.set(`${r.txn}|${e.type}|${e.id}|${f}`, (seen.get(`${r.txn}|${e.type}|${e.id}|${f}`) ?? 0) + 1);
      }
      expect({ name, twice: [...seen].filter(([, n]) => n > 1).map(([k]) => k) }).toEqual({ name, twice: [] });
    }
    // Every disclosure is recorded: each case and subject a Caseload answered is in its request's records.
    const byRequest = (name: SubgraphName, requestId: string) => (records.get(name) ?? []).filter((r) => r.requestId === requestId && r.action === "DISCLOSURE").flatMap((r) => JSON.parse(r.entries) as AuditEntry[]);
    let checkedCaseloads = 0;
    for (const o of outcomes.filter((x) => x.op === "Caseload" && x.errors.length === 0)) {
      const edges = (o.data!.page as { edges: { node: { id: string; subject: { id: string } | null } }[] }).edges;
      const cases = new Set(byRequest("cases", o.requestId).filter((e) => e.type === "Case").map((e) => e.id));
      const people = new Set(byRequest("people", o.requestId).filter((e) => e.type === "Person").map((e) => e.id));
      for (const { node } of edges) {
        expect({ request: o.requestId, kase: node.id, recorded: cases.has(node.id) }).toEqual({ request: o.requestId, kase: node.id, recorded: true });
        if (node.subject) expect({ request: o.requestId, person: node.subject.id, recorded: people.has(node.subject.id) }).toEqual({ request: o.requestId, person: node.subject.id, recorded: true });
      }
      checkedCaseloads += 1;
    }
    expect(checkedCaseloads).toBeGreaterThan(0);
    // Each change that landed is recorded once, as an alteration (committed with it: one that
    // committed on the killed replica just before it died has its record too); no conflict left a record.
    const alterations = (records.get("cases") ?? []).filter((r) => r.action === "ALTERATION");
    let landedUnanswered = 0;
    for (const o of outcomes.filter((x) => x.kind === "mutation" && (x.op === "AddPanelMember" || x.op === "RemovePanelMember"))) {
      const n = alterations.filter((r) => r.requestId === o.requestId).length;
      if (applied.has(o.requestId) && failure(o)) landedUnanswered += 1;
      expect({ request: o.requestId, alterations: n }).toEqual({ request: o.requestId, alterations: applied.has(o.requestId) ? 1 : 0 });
    }
    // No update lost: each case's version counts exactly its changes.
    for (const kase of raceCases) {
      const row = await databases!.cases.dataSource.getRepository(Case).findOneByOrFail({ id: kase.id });
      expect(row.version).toBe(kase.version);
    }
    console.log(
      `[replicas] audit: ${counts.records} records verified across 5 chains (intact), ${counts.disclosureRecords} disclosure records of this run checked for duplicates, ${checkedCaseloads} Caseload answers matched to their records, ${applied.size} changes each recorded once (${landedUnanswered} of them committed on the killed replica, their answers lost)`,
    );
  }, 60_000);

  // --- Redis: rate limits and persisted queries ----------------------------------------------------

  it("shares rate limits and persisted queries between the gateways through Redis", async () => {
    const [g1, g2] = servers.gateway.map((p) => `http://127.0.0.1:${p}/graphql`) as [string, string];
    const probe = { id: `replica-probe-${run}`, agencyId: BOARD.agencyId, roles: [PractitionerRole.BOARD_MEMBER] };
    const probeToken = await issueDevToken(keysDir, probe, { audience: "dovetail-graph", ttlSeconds: 600 });
    const ask = (url: string) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${probeToken}` }, body: JSON.stringify({ query: "query ReplicaProbe { __typename }" }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: { extensions?: { code?: string } }[] } }));
    // Alternating between the two gateways: each sees half, together they reach the limit.
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i += 20) statuses.push(...(await Promise.all(Array.from({ length: Math.min(20, RATE_LIMIT - i) }, (_, j) => ask((i + j) % 2 === 0 ? g1 : g2)))).map((r) => r.status));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const over = await ask(g2);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // One window in Redis counted every request of the user, whichever gateway took it.
    const windows = await redis.keys(`dovetail:rate:id:*|${probe.id}`);
    expect(windows).toHaveLength(1);
    expect(Number(await redis.get(windows[0]!))).toBe(RATE_LIMIT + 1);
    await redis.del(windows[0]!);

    // A query one gateway registered (automatic persisted query) runs by its hash at the other.
    const query = `query ReplicaApq${run} { agencies(kind: LOCAL_AUTHORITY) { id } }`;
    const hash = sha256(query);
    const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
    const board = await token(BOARD, "apq");
    const post = (url: string, body: Record<string, unknown>) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${board}` }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ data?: { agencies: unknown[] }; errors?: { extensions?: { code?: string } }[] }>);
    expect((await post(g2, { extensions: persisted })).errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await post(g1, { query, extensions: persisted });
    expect(registered.errors).toBeUndefined();
    const byHash = await post(g2, { extensions: persisted });
    expect(byHash).toEqual(registered);
    expect(await redis.get(`dovetail:apq:apq:${hash}`)).toBe(query);
    await redis.del(`dovetail:apq:apq:${hash}`);
    console.log(`[replicas] Redis: the ${RATE_LIMIT + 1}th request of one user, alternating between the gateways, refused (429 RATE_LIMITED); a persisted query registered at gateway-1 ran by hash at gateway-2`);
    console.log(
      `[replicas] counts: requests ${counts.requests} through the load balancer (${counts.reads} reads, ${counts.mutations} mutations), conflicts ${counts.conflicts}, in flight on the killed replica ${counts.unavailable}, records checked ${counts.records}; ${RATE_LIMIT + 1} rate-limit probes`,
    );
  }, 60_000);
}
