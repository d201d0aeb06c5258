import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { KEY_LAYOUT } from "../../common/auth/keys";
import { SUBGRAPH_NAMES, envPrefix, loadConfig, type Config } from "../../common/config";

/**
 * docker/: the compose file is validated and rendered offline by `docker compose config` (or
 * Debian's `docker-compose config`, v1, where the compose plugin is missing), then checked against
 * the platform's own configuration. Without either tool the compose checks are skipped locally
 * and fail in CI (`.ci/run` installs docker-compose). The Dockerfile checks need no tool.
 */

const ROOT = path.resolve(__dirname, "../..");
const COMPOSE_FILE = path.join(ROOT, "docker/compose.yml");
const DOCKERFILE = path.join(ROOT, "docker/Dockerfile");
const HAPROXY_CFG = path.join(ROOT, "docker/haproxy.cfg");

/** Variables the compose file interpolates that are deployment inputs rather than platform settings. */
const DEPLOYMENT_VARIABLES = ["POSTGRES_PASSWORD", "DOVETAIL_IMAGE", "GATEWAY_BIND", "SERVICE_NODE_OPTIONS"];
/** Node's own settings a service may be given (the heap bound), beside the platform's. */
const RUNTIME_VARIABLES = new Set(["NODE_OPTIONS"]);

/** What the rendering is run with: nothing from the caller's environment leaks in. */
const TEST_VARIABLES = {
  POSTGRES_PASSWORD: "compose-test-password",
  AUTH_ISSUERS: JSON.stringify([{ issuer: "https://idp.partner.example", jwksUri: "https://idp.partner.example/jwks" }]),
};

/** Every setting the platform reads, as `.env.example` documents them (a config test keeps it complete). */
const SETTINGS = new Set([...fs.readFileSync(path.join(ROOT, ".env.example"), "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

// --- the compose tool ----------------------------------------------------------------------------

interface ComposeTool {
  label: string;
  command: string;
  args: string[];
  /** The compose plugin renders JSON; docker-compose v1 only YAML. */
  json: boolean;
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore", timeout: 30_000 }).status === 0;
}

function findComposeTool(): ComposeTool | null {
  if (succeeds("docker", ["compose", "version"])) return { label: "docker compose", command: "docker", args: ["compose"], json: true };
  if (succeeds("docker-compose", ["version"])) return { label: "docker-compose", command: "docker-compose", args: [], json: false };
  return null;
}

/** An empty env file, so a stray docker/.env cannot change what is rendered. */
let emptyEnvFile: string | null = null;
function envFile(): string {
  if (emptyEnvFile === null) {
    emptyEnvFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-compose-")), "empty.env");
    fs.writeFileSync(emptyEnvFile, "");
  }
  return emptyEnvFile;
}
afterAll(() => {
  if (emptyEnvFile !== null) fs.rmSync(path.dirname(emptyEnvFile), { recursive: true, force: true });
});

function runCompose(tool: ComposeTool, args: string[], variables: Record<string, string>): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.tmpdir(), ...variables };
  if (process.env.DOCKER_CONFIG) env.DOCKER_CONFIG = process.env.DOCKER_CONFIG;
  return spawnSync(tool.command, [...tool.args, "--env-file", envFile(), "--profile", "seed", "-f", COMPOSE_FILE, ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** YAML from docker-compose v1 (which cannot print JSON). */
function parseYaml(text: string): unknown {
  return YAML.parse(text);
}

// --- the rendered model --------------------------------------------------------------------------

type Scalar = string | number | boolean | null;
type PortSpec = string | number | { target: number | string; published?: number | string; host_ip?: string };
type MountSpec = string | { type?: string; source?: string; target: string; read_only?: boolean };

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, Scalar> | string[];
  ports?: PortSpec[];
  expose?: unknown[];
  networks?: string[] | Record<string, unknown>;
  network_mode?: string;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: MountSpec[];
  profiles?: string[];
  read_only?: boolean;
  cap_drop?: string[];
  deploy?: { replicas?: number | string };
}

interface ComposeModel {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const i = entry.indexOf("=");
      return i === -1 ? [entry, ""] : [entry.slice(0, i), entry.slice(i + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? "" : String(v)]));
}

function networksOf(service: ComposeService): string[] {
  const n = service.networks ?? [];
  return (Array.isArray(n) ? n : Object.keys(n)).sort();
}

function portsOf(service: ComposeService): { hostIp: string | null; published: string | null; target: number }[] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === "object") return { hostIp: p.host_ip ?? null, published: p.published === undefined ? null : String(p.published), target: Number(p.target) };
    const parts = String(p).split("/")[0]!.split(":");
    const target = Number(parts.pop());
    const published = parts.pop() ?? null;
    return { hostIp: parts.length > 0 ? parts.join(":") : null, published, target };
  });
}

function mountsOf(service: ComposeService): { source: string; target: string; readOnly: boolean }[] {
  return (service.volumes ?? []).map((m) => {
    if (typeof m === "object") return { source: m.source ?? "", target: m.target, readOnly: m.read_only === true };
    const [source = "", target = "", mode = "rw"] = m.split(":");
    return { source, target, readOnly: mode.split(",").includes("ro") };
  });
}

function dependenciesOf(service: ComposeService): Record<string, string> {
  const d = service.depends_on ?? [];
  if (Array.isArray(d)) return Object.fromEntries(d.map((name) => [name, "service_started"]));
  return Object.fromEntries(Object.entries(d).map(([name, spec]) => [name, spec?.condition ?? "service_started"]));
}

function commandOf(service: ComposeService): string {
  const c = service.command ?? [];
  return Array.isArray(c) ? c.join(" ") : c;
}

/** Services run from the platform's image (built from docker/Dockerfile). */
function appServices(model: ComposeModel): string[] {
  return Object.keys(model.services).filter((name) => model.services[name]!.build !== undefined);
}

// --- the compose file ----------------------------------------------------------------------------

const tool = findComposeTool();
const MISSING = "Neither `docker compose` nor `docker-compose` is installed, so docker/compose.yml cannot be validated (`apt-get install -y docker-compose`; .ci/run installs it).";

if (tool) {
  describe(`docker/compose.yml (${tool.label})`, () => composeChecks(tool));
} else if (process.env.CI === "true") {
  describe("docker/compose.yml", () => {
    it("is validated in CI, never skipped", () => {
      throw new Error(`${MISSING} In CI this check must run, not skip.`);
    });
  });
} else {
  // The checks' body is never run without the tool; the skip is listed at the end of the run
  // (tests/fixtures/skip-reporter.js).
  describe("docker/compose.yml", () => it.skip("skipped: neither `docker compose` nor `docker-compose` is installed (`apt-get install -y docker-compose`; .ci/run installs it)", () => undefined));
}

function composeChecks(compose: ComposeTool): void {
  let model: ComposeModel;
  const service = (name: string): ComposeService => {
    const s = model.services[name];
    if (!s) throw new Error(`no service ${name} in docker/compose.yml`);
    return s;
  };
  const configOf = (name: string): Config => loadConfig(environmentOf(service(name)));

  beforeAll(() => {
    const rendered = runCompose(compose, compose.json ? ["config", "--format", "json"] : ["config"], TEST_VARIABLES);
    if (rendered.status !== 0) throw new Error(`${compose.label} config failed:\n${rendered.stderr || rendered.error?.message}`);
    model = (compose.json ? JSON.parse(rendered.stdout) : parseYaml(rendered.stdout)) as ComposeModel;
  });

  it("validates", () => {
    const result = runCompose(compose, ["config", "--quiet"], TEST_VARIABLES);
    expect({ status: result.status, stderr: result.status === 0 ? "" : result.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("refuses to render without POSTGRES_PASSWORD (no default database password)", () => {
    const { POSTGRES_PASSWORD: _omitted, ...rest } = TEST_VARIABLES;
    const result = runCompose(compose, ["config", "--quiet"], rest);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("POSTGRES_PASSWORD");
  });

  it("runs PostgreSQL, Redis, the keys job, the five subgraphs, the gateway, the load balancer, Prometheus, and seeding only on request", () => {
    expect(Object.keys(model.services).sort()).toEqual(["gateway", "keys", "lb", "postgres", "prometheus", "redis", "seed", ...SUBGRAPH_NAMES].sort());
    expect(service("seed").profiles).toEqual(["seed"]);
    const profiled = Object.keys(model.services).filter((name) => (service(name).profiles ?? []).length > 0);
    expect(profiled).toEqual(["seed"]);
    expect(service("postgres").image).toMatch(/^postgres:1[56]\b/);
    expect(service("redis").image).toMatch(/^redis:/);
    // One image for the platform, whatever the service.
    expect(appServices(model).sort()).toEqual(["gateway", "keys", "seed", ...SUBGRAPH_NAMES].sort());
    expect(new Set(appServices(model).map((name) => service(name).image)).size).toBe(1);
  });

  it("publishes the load balancer's gateway port and nothing else", () => {
    const publishing = Object.keys(model.services).filter((name) => portsOf(service(name)).length > 0);
    expect(publishing).toEqual(["lb"]);
    expect(portsOf(service("lb")).map((p) => p.target)).toEqual([configOf("gateway").gatewayPort]);
    // Plain HTTP: on the loopback interface unless GATEWAY_BIND says otherwise.
    expect(portsOf(service("lb"))[0]!.hostIp).toBe("127.0.0.1");
    for (const [name, s] of Object.entries(model.services)) {
      expect({ name, networkMode: s.network_mode ?? null }).not.toEqual({ name, networkMode: "host" });
    }
  });

  it("gives every subgraph and the gateway a readiness check on its own port, run with node (no curl in the image)", () => {
    const ports: Record<string, number> = { gateway: configOf("gateway").gatewayPort };
    for (const name of SUBGRAPH_NAMES) ports[name] = configOf(name).subgraphs[name].port;
    for (const [name, port] of Object.entries(ports)) {
      const check = service(name).healthcheck;
      expect({ name, disabled: check?.disable ?? false, hasTest: Array.isArray(check?.test) }).toEqual({ name, disabled: false, hasTest: true });
      const test = check!.test as string[];
      expect({ name, test: test.slice(0, 2) }).toEqual({ name, test: ["CMD", "node"] });
      expect({ name, test: test.join(" ") }).toEqual({ name, test: expect.stringContaining(`http://127.0.0.1:${port}/health/ready`) });
    }
    expect((service("postgres").healthcheck?.test as string[]).join(" ")).toContain("pg_isready");
    expect((service("redis").healthcheck?.test as string[]).join(" ")).toContain("redis-cli ping");
  });

  it("keeps the subgraphs, PostgreSQL and Redis on the internal network only, and that network has no route out", () => {
    expect(model.networks?.internal?.internal).toBe(true);
    for (const name of [...SUBGRAPH_NAMES, "postgres", "redis", "seed"]) expect({ name, networks: networksOf(service(name)) }).toEqual({ name, networks: ["internal"] });
    const gatewayNetworks = networksOf(service("gateway"));
    expect(gatewayNetworks).toContain("internal");
    const edge = gatewayNetworks.filter((n) => n !== "internal");
    expect(edge).toHaveLength(1);
    expect(model.networks?.[edge[0]!]?.internal ?? false).toBe(false);
    // The load balancer is reached from the edge and reaches the replicas inside.
    expect(networksOf(service("lb"))).toEqual(["internal", edge[0]!].sort());
    // The keys job needs no network at all.
    expect(service("keys").network_mode).toBe("none");
  });

  it("gives DATABASE_URL, for the compose PostgreSQL, to every service that uses the database and to no other", () => {
    const pg = environmentOf(service("postgres"));
    const users = [...SUBGRAPH_NAMES, "seed"];
    for (const name of users) {
      const database = configOf(name).database;
      expect({ name, kind: database.kind }).toEqual({ name, kind: "postgres" });
      const url = new URL(environmentOf(service(name)).DATABASE_URL!);
      expect({ name, host: url.hostname, port: url.port, user: url.username, password: decodeURIComponent(url.password), db: url.pathname.slice(1) }).toEqual({
        name,
        host: "postgres",
        port: "5432",
        user: pg.POSTGRES_USER,
        password: TEST_VARIABLES.POSTGRES_PASSWORD,
        db: pg.POSTGRES_DB,
      });
    }
    for (const name of appServices(model).filter((n) => !users.includes(n))) expect({ name, DATABASE_URL: environmentOf(service(name)).DATABASE_URL }).toEqual({ name, DATABASE_URL: undefined });
  });

  it("gives the gateway every subgraph's URL and REDIS_URL, and every subgraph its peers' URLs, all through the load balancer", () => {
    const expected = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `http://lb:${configOf(name).subgraphs[name].port}/graphql`]));
    for (const consumer of ["gateway", ...SUBGRAPH_NAMES]) {
      const env = environmentOf(service(consumer));
      for (const name of SUBGRAPH_NAMES) expect({ consumer, variable: `${envPrefix(name)}_URL`, value: env[`${envPrefix(name)}_URL`] }).toEqual({ consumer, variable: `${envPrefix(name)}_URL`, value: expected[name] });
      const urls = configOf(consumer).subgraphs;
      for (const name of SUBGRAPH_NAMES) expect(urls[name].url).toBe(expected[name]);
    }
    const redis = configOf("gateway").operations.redisUrl;
    expect(redis).not.toBeNull();
    expect(new URL(redis!).hostname).toBe("redis");
  });

  it("runs the platform in production, listening on every interface, trusting AUTH_ISSUERS and not the dev issuer by default", () => {
    for (const name of appServices(model)) expect({ name, env: configOf(name).env }).toEqual({ name, env: "production" });
    for (const name of ["gateway", ...SUBGRAPH_NAMES]) expect({ name, host: configOf(name).host }).toEqual({ name, host: "0.0.0.0" });
    const gateway = configOf("gateway");
    expect(environmentOf(service("gateway")).AUTH_ISSUERS).toBe(TEST_VARIABLES.AUTH_ISSUERS);
    expect(gateway.auth.issuers).toEqual(JSON.parse(TEST_VARIABLES.AUTH_ISSUERS));
    expect(gateway.auth.devIssuer).toBe(false);
    expect(gateway.auth.createKeys).toBe(false);
    expect(gateway.operations.safelist).toBe("enforce");
  });

  it("passes AUTH_DEV_ISSUER through from the host when asked", () => {
    const rendered = runCompose(compose, compose.json ? ["config", "--format", "json"] : ["config"], { ...TEST_VARIABLES, AUTH_DEV_ISSUER: "true" });
    expect(rendered.status).toBe(0);
    const withDev = (compose.json ? JSON.parse(rendered.stdout) : parseYaml(rendered.stdout)) as ComposeModel;
    expect(loadConfig(environmentOf(withDev.services.gateway!)).auth.devIssuer).toBe(true);
  });

  it("bounds the heap of the gateway and every subgraph, as the benchmark's soak runs them", () => {
    for (const name of ["gateway", ...SUBGRAPH_NAMES]) expect({ name, NODE_OPTIONS: environmentOf(service(name)).NODE_OPTIONS }).toEqual({ name, NODE_OPTIONS: "--max-old-space-size=256" });
  });

  it("names only real settings in every service's environment and interpolation", () => {
    const unknown: string[] = [];
    for (const name of appServices(model)) {
      for (const variable of Object.keys(environmentOf(service(name)))) if (!SETTINGS.has(variable) && !RUNTIME_VARIABLES.has(variable)) unknown.push(`${name}: ${variable}`);
    }
    expect(unknown).toEqual([]);
    const text = fs.readFileSync(COMPOSE_FILE, "utf8").replace(/\$\$/g, "");
    const interpolated = new Set([...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    expect([...interpolated].filter((v) => !SETTINGS.has(v) && !DEPLOYMENT_VARIABLES.includes(v)).sort()).toEqual([]);
  });

  it("provisions the keys once and hands each side only its share, mounted read-only", () => {
    const keys = service("keys");
    const keysDir = environmentOf(keys).KEYS_DIR!;
    expect(commandOf(keys)).toContain("node dist/scripts/keys.js");
    const keysMounts = mountsOf(keys);
    const master = keysMounts.find((m) => m.target === keysDir);
    expect(master?.readOnly).toBe(false);
    // Which files the job copies into which volume, relative to the services' KEYS_DIR.
    const copied: Record<string, string[]> = {};
    for (const [, from, to] of commandOf(keys).matchAll(/\bcp\s+(\S+)\s+(\S+)/g)) {
      const target = keysMounts.find((m) => to!.startsWith(`${m.target}/`));
      expect({ from, sourceInMaster: from!.startsWith(`${keysDir}/`), target: target?.source ?? null }).toEqual({ from, sourceInMaster: true, target: expect.any(String) });
      const relative = to!.slice(target!.target.length + 1);
      expect(from!.slice(keysDir.length + 1)).toBe(relative);
      (copied[target!.source] ??= []).push(relative);
    }
    const gatewayMount = mountsOf(service("gateway")).find((m) => m.target === environmentOf(service("gateway")).KEYS_DIR);
    expect(gatewayMount).toMatchObject({ readOnly: true });
    expect(copied[gatewayMount!.source]?.sort()).toEqual([`${KEY_LAYOUT.devIssuer}/public.pem`, `${KEY_LAYOUT.internal}/private.pem`].sort());
    const subgraphSources = new Set<string>();
    for (const name of SUBGRAPH_NAMES) {
      const mount = mountsOf(service(name)).find((m) => m.target === environmentOf(service(name)).KEYS_DIR);
      expect({ name, mounted: mount !== undefined, readOnly: mount?.readOnly }).toEqual({ name, mounted: true, readOnly: true });
      subgraphSources.add(mount!.source);
      expect(copied[mount!.source]?.sort()).toEqual([`${KEY_LAYOUT.attestation}/secret`, `${KEY_LAYOUT.internal}/public.pem`].sort());
    }
    expect(subgraphSources.size).toBe(1);
    expect(subgraphSources.has(gatewayMount!.source)).toBe(false);
    // Nothing but the keys job sees the whole key material.
    const withMaster = Object.keys(model.services).filter((name) => mountsOf(service(name)).some((m) => m.source === master!.source));
    expect(withMaster).toEqual(["keys"]);
  });

  it("runs two replicas of the gateway and of every subgraph behind haproxy: round robin, checked on /health/ready, found by DNS", () => {
    for (const name of ["gateway", ...SUBGRAPH_NAMES]) expect({ name, replicas: Number(service(name).deploy?.replicas ?? 1) }).toEqual({ name, replicas: 2 });
    const lb = service("lb");
    expect(lb.image).toMatch(/^haproxy:2\.\d+/);
    expect({ readOnly: lb.read_only, capDrop: lb.cap_drop }).toEqual({ readOnly: true, capDrop: ["ALL"] });
    const mount = mountsOf(lb).find((m) => m.target === "/usr/local/etc/haproxy/haproxy.cfg");
    expect(mount?.readOnly).toBe(true);
    expect(path.resolve(path.dirname(COMPOSE_FILE), mount!.source)).toBe(HAPROXY_CFG);
    // Each section of haproxy.cfg: its header line and its directives.
    const sections = new Map<string, string[]>();
    let current: string[] = [];
    for (const line of fs.readFileSync(HAPROXY_CFG, "utf8").split("\n")) {
      if (/^\s*(#|$)/.test(line)) continue;
      if (/^\S/.test(line)) sections.set(line.trim(), (current = []));
      else current.push(line.trim().replace(/\s+/g, " "));
    }
    const defaults = sections.get("defaults") ?? [];
    expect(defaults).toEqual(expect.arrayContaining(["option httpchk GET /health/ready", "http-check expect status 200", "option redispatch 1"]));
    expect(defaults.find((d) => d.startsWith("default-server"))).toMatch(/\bcheck\b.*\bresolvers docker\b/);
    const ports: Record<string, number> = { gateway: configOf("gateway").gatewayPort };
    for (const name of SUBGRAPH_NAMES) ports[name] = configOf(name).subgraphs[name].port;
    for (const [name, port] of Object.entries(ports)) {
      const frontend = sections.get(`frontend ${name}`) ?? [];
      expect({ name, bind: frontend.find((d) => d.startsWith("bind ")) }).toEqual({ name, bind: `bind :${port}` });
      const backend = sections.get(`backend ${frontend.find((d) => d.startsWith("default_backend "))?.split(" ")[1]}`) ?? [];
      expect({ name, balance: backend.find((d) => d.startsWith("balance ")) }).toEqual({ name, balance: "balance roundrobin" });
      // Every replica of the compose service, by its DNS name, on the port the service listens on.
      expect({ name, servers: backend.find((d) => d.startsWith("server-template "))?.split(" ")[3] }).toEqual({ name, servers: `${name}:${port}` });
      // A subgraph request's calls stay on one replica (its ledger records each disclosure once).
      if (name !== "gateway") expect({ name, sticky: backend.includes("stick on req.hdr(x-request-id)") }).toEqual({ name, sticky: true });
    }
    // The gateways trust X-Forwarded-For, which the load balancer sets (a client cannot choose it).
    expect(sections.get("frontend gateway")).toContain("http-request set-header X-Forwarded-For %[src]");
    expect(configOf("gateway").rateLimits.trustProxy).toBe(true);
    const haproxy = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"].find((candidate) => fs.existsSync(candidate));
    if (haproxy) expect(spawnSync(haproxy, ["-c", "-q", "-f", HAPROXY_CFG], { encoding: "utf8" })).toMatchObject({ status: 0 });
    else if (process.env.CI === "true") throw new Error("haproxy is not installed: in CI docker/haproxy.cfg is checked with haproxy -c (.ci/run installs it)");
  });

  it("starts each service once what it needs is healthy or done", () => {
    for (const name of SUBGRAPH_NAMES) {
      expect({ name, deps: dependenciesOf(service(name)) }).toEqual({ name, deps: { postgres: "service_healthy", keys: "service_completed_successfully" } });
    }
    const gateway = dependenciesOf(service("gateway"));
    expect(gateway).toEqual({
      keys: "service_completed_successfully",
      lb: "service_started",
      redis: "service_healthy",
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, "service_healthy"])),
    });
    // Seeding waits for every subgraph's migrations (a subgraph is ready once its database is).
    expect(dependenciesOf(service("seed"))).toEqual(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, "service_healthy"])));
  });

  it("scrapes every service's metrics listener with Prometheus on the internal network only, the public port keeping /metrics to itself", () => {
    const prometheus = service("prometheus");
    expect(networksOf(prometheus)).toEqual(["internal"]);
    expect(portsOf(prometheus)).toEqual([]);
    expect({ readOnly: prometheus.read_only, capDrop: prometheus.cap_drop }).toEqual({ readOnly: true, capDrop: ["ALL"] });
    const mount = mountsOf(prometheus).find((m) => m.target === "/etc/prometheus/prometheus.yml");
    expect(mount?.readOnly).toBe(true);
    expect(path.resolve(path.dirname(COMPOSE_FILE), mount!.source)).toBe(path.join(ROOT, "docker/prometheus.yml"));
    const scrape = YAML.parse(fs.readFileSync(path.join(ROOT, "docker/prometheus.yml"), "utf8")) as {
      scrape_configs: { job_name: string; metrics_path?: string; dns_sd_configs?: { names: string[]; type: string; port: number }[] }[];
    };
    const job = scrape.scrape_configs.find((j) => j.job_name === "dovetail")!;
    expect(job.metrics_path).toBe("/metrics");
    const targets = job.dns_sd_configs!.flatMap((d) => d.names.map((name) => ({ name, port: d.port })));
    expect(targets.map((t) => t.name).sort()).toEqual(["gateway", ...SUBGRAPH_NAMES].sort());
    for (const { name, port } of targets) {
      const config = configOf(name);
      // Production: the public port answers 404 at /metrics; the listener is reachable on the internal network.
      expect({ name, onServicePorts: config.telemetry.metrics.onServicePorts, listener: config.telemetry.metrics.listener }).toEqual({ name, onServicePorts: false, listener: { port, host: "0.0.0.0" } });
      expect({ name, published: portsOf(service(name)).some((p) => p.target === port) }).toEqual({ name, published: false });
    }
  });

  it("runs the platform's containers read-only and without capabilities", () => {
    for (const name of appServices(model)) expect({ name, readOnly: service(name).read_only, capDrop: service(name).cap_drop }).toEqual({ name, readOnly: true, capDrop: ["ALL"] });
  });
}

// --- the Dockerfile ------------------------------------------------------------------------------

describe("docker/Dockerfile", () => {
  const dockerfile = fs.readFileSync(DOCKERFILE, "utf8").replace(/\\\n/g, " ");
  const instructions = dockerfile
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const stages = instructions.reduce<string[][]>((acc, line) => {
    if (/^FROM\s/i.test(line)) acc.push([]);
    acc[acc.length - 1]?.push(line);
    return acc;
  }, []);
  const runtime = stages[stages.length - 1]!;
  const build = stages[0]!;

  /** `dist/x/y.js` for every entry point the Dockerfile and docker/compose.yml start. */
  const entryPoints = (): string[] => {
    const cmd = runtime.find((line) => /^CMD\s/i.test(line));
    const fromDockerfile = JSON.parse(cmd!.replace(/^CMD\s+/i, "")) as string[];
    const compose = fs.readFileSync(COMPOSE_FILE, "utf8");
    return [...new Set([fromDockerfile[1]!, ...[...compose.matchAll(/\bdist\/[A-Za-z0-9_./-]+\.js\b/g)].map((m) => m[0])])].sort();
  };

  it("builds in one stage and runs in another, as an unprivileged user in production mode", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.join("\n")).toMatch(/apt-get install[^\n]*python3[^\n]*make[^\n]*g\+\+/);
    expect(build).toEqual(expect.arrayContaining([expect.stringMatching(/^RUN .*npm ci\b/)]));
    expect(build.join("\n")).toMatch(/npm run build[^\n]*npm prune --omit=dev|npm prune --omit=dev/);
    const users = runtime.filter((line) => /^USER\s/i.test(line));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]!.replace(/^USER\s+/i, "")).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime).toEqual(expect.arrayContaining([expect.stringMatching(/^ENV\s+NODE_ENV[= ]production$/)]));
  });

  it("starts the gateway by default, and every entry point it and the compose file use is built", () => {
    const cmd = JSON.parse(runtime.find((line) => /^CMD\s/i.test(line))!.replace(/^CMD\s+/i, "")) as string[];
    expect(cmd).toEqual(["node", "dist/gateway/index.js"]);
    const built = fs.existsSync(path.join(ROOT, "dist"));
    const include = (JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8")) as { include: string[] }).include;
    const points = entryPoints();
    expect(points).toEqual(expect.arrayContaining(["dist/gateway/index.js", "dist/scripts/keys.js", "dist/scripts/seed.js", ...SUBGRAPH_NAMES.map((n) => `dist/subgraphs/${n}/index.js`)]));
    for (const point of points) {
      // tsconfig's rootDir is the repository root: dist/x/y.js is compiled from x/y.ts.
      const source = point.replace(/^dist\//, "").replace(/\.js$/, ".ts");
      expect({ point, source: fs.existsSync(path.join(ROOT, source)), compiled: include.includes(source.split("/")[0]!) }).toEqual({ point, source: true, compiled: true });
      if (built) expect({ point, built: fs.existsSync(path.join(ROOT, point)) }).toEqual({ point, built: true });
    }
  });

  it("copies every directory the build compiles, and ships the schema and the operation manifest", () => {
    const include = (JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8")) as { include: string[] }).include;
    for (const dir of include) expect({ dir, copied: build.some((line) => new RegExp(`^COPY\\s+${dir}\\s+\\./${dir}$`).test(line)) }).toEqual({ dir, copied: true });
    const defaults = loadConfig({});
    // The defaults are relative to the working directory (/app in the image).
    for (const file of [path.relative(process.cwd(), defaults.supergraphFile), path.relative(process.cwd(), defaults.operations.manifestFile)]) {
      expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      const shipped = runtime.some((line) => {
        const m = /^COPY\s+(?:--\S+\s+)*(\S+)\s+(\S+)$/.exec(line);
        if (!m) return false;
        const [, from, to] = m;
        const target = to!.replace(/^\.\//, "").replace(/\/$/, "");
        return (from === file || file.startsWith(`${from!.replace(/\/$/, "")}/`)) && (target === file || file.startsWith(`${target}/`));
      });
      expect({ file, shipped }).toEqual({ file, shipped: true });
    }
    for (const piece of ["package.json", "node_modules", "dist"]) {
      expect({ piece, copied: runtime.some((line) => new RegExp(`^COPY\\s+--from=\\S+\\s+/app/${piece}\\s`).test(line)) }).toEqual({ piece, copied: true });
    }
  });

  it("keeps local builds, databases, keys and settings out of the build context", () => {
    const ignored = fs.readFileSync(path.join(ROOT, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    for (const entry of ["node_modules", "dist", "data", ".git", ".env"]) expect({ entry, ignored: ignored.includes(entry) }).toEqual({ entry, ignored: true });
  });
});
