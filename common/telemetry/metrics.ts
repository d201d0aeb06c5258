import http from "node:http";
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * METRICS, in Prometheus text (prom-client). One registry per service, every series labelled
 * `service="<name>"`, so the services `npm start` runs in one process never collide; the
 * process's own metrics (CPU, memory, event loop, GC) are kept once, in a registry of their own.
 *
 * Labels are bounded: routes from a fixed list, operation names only from the operation
 * manifest (anything else is `unlisted`), subgraph names, error codes and reasons from fixed
 * sets. Never an id, a user, a variable or a message.
 */

/** Seconds: from a cached persisted query to a cold statistics year. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The label for an HTTP route: the fixed ones by name, everything else (the web app, 404s) `other`. */
export function routeLabel(pathname: string): string {
  switch (pathname) {
    case "/graphql":
    case "/health/live":
    case "/health/ready":
    case "/metrics":
      return pathname;
    default:
      return "other";
  }
}

const METHODS = new Set(["GET", "POST", "HEAD", "OPTIONS"]);

export function methodLabel(method: string | undefined): string {
  const upper = (method ?? "").toUpperCase();
  return METHODS.has(upper) ? upper : "other";
}

/** Bounded code labels: SCREAMING_SNAKE codes as the platform uses them, else `OTHER`. */
export function codeLabel(code: unknown): string {
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{0,40}$/.test(code) ? code : "OTHER";
}

/** What every service counts. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<"route" | "method" | "status">;
  readonly operations: Counter<"operation" | "type" | "outcome">;
  readonly operationDuration: Histogram<"operation" | "type" | "outcome">;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    const registers = [this.registry];
    this.httpRequests = new Counter({ name: "dovetail_http_requests_total", help: "HTTP requests answered, by route and status", labelNames: ["route", "method", "status"], registers });
    this.operations = new Counter({
      name: "dovetail_graphql_operations_total",
      help: "GraphQL operations executed, by operation (from the manifest, else unlisted), type and outcome (success, partial, failure)",
      labelNames: ["operation", "type", "outcome"],
      registers,
    });
    this.operationDuration = new Histogram({
      name: "dovetail_graphql_operation_duration_seconds",
      help: "GraphQL operation duration, from its start to the response, by operation, type and outcome",
      labelNames: ["operation", "type", "outcome"],
      buckets: DURATION_BUCKETS,
      registers,
    });
  }
}

/** The gateway's own: subgraph fetches, refusals before execution, partner-token failures. */
export class GatewayMetrics extends ServiceMetrics {
  readonly subgraphFetchDuration: Histogram<"subgraph" | "outcome">;
  readonly subgraphFetchErrors: Counter<"subgraph" | "reason">;
  readonly safelistRefusals: Counter<"code">;
  readonly rateLimitRefusals: Counter<"scope">;
  readonly partnerTokenFailures: Counter<"reason">;

  constructor() {
    super("gateway");
    const registers = [this.registry];
    this.subgraphFetchDuration = new Histogram({
      name: "dovetail_subgraph_fetch_duration_seconds",
      help: "Duration of each subgraph fetch of a query plan (and the trail's and access profiles' calls), by subgraph and outcome (ok, error)",
      labelNames: ["subgraph", "outcome"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.subgraphFetchErrors = new Counter({
      name: "dovetail_subgraph_fetch_errors_total",
      help: "Subgraph fetches that failed, by subgraph and reason (timeout, unavailable, http_<status>, not_json)",
      labelNames: ["subgraph", "reason"],
      registers,
    });
    this.safelistRefusals = new Counter({ name: "dovetail_safelist_refusals_total", help: "Requests the operation safelist refused, by code", labelNames: ["code"], registers });
    this.rateLimitRefusals = new Counter({ name: "dovetail_rate_limit_refusals_total", help: "Requests refused by a rate limit, by scope (address, identity)", labelNames: ["scope"], registers });
    this.partnerTokenFailures = new Counter({
      name: "dovetail_partner_token_failures_total",
      help: "Partner bearer tokens refused, by reason (missing, malformed, algorithm, untrusted_issuer, expired, not_yet_valid, audience, signature, claims, unregistered_agency, other)",
      labelNames: ["reason"],
      registers,
    });
  }
}

/** What a database pool reports: connections in use, idle, and requests waiting for one. */
export interface PoolState {
  inUse: number;
  idle: number;
  waiting: number;
}

/** A subgraph's own: the disclosure record's append, its database pool, statistics cube builds. */
export class SubgraphMetrics extends ServiceMetrics {
  readonly auditAppendDuration: Histogram<"action">;
  readonly auditAppendFailures: Counter<"action">;
  readonly cubeBuilds: Counter<"outcome">;
  readonly cubeBuildDuration: Histogram<"outcome">;
  /** Read when scraped (PostgreSQL only: SQLite has one connection and no pool). */
  pool: (() => PoolState | null) | null = null;

  constructor(service: string) {
    super(service);
    const registers = [this.registry];
    this.auditAppendDuration = new Histogram({
      name: "dovetail_audit_append_duration_seconds",
      help: "Time to append a request's audit record (disclosure, collection, alteration, erasure) until committed, by action",
      labelNames: ["action"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.auditAppendFailures = new Counter({ name: "dovetail_audit_append_failures_total", help: "Audit records that could not be written (the response was withheld), by action", labelNames: ["action"], registers });
    this.cubeBuilds = new Counter({ name: "dovetail_statistics_cube_builds_total", help: "Statistics year cubes built and protected, by outcome (ok, error)", labelNames: ["outcome"], registers });
    this.cubeBuildDuration = new Histogram({
      name: "dovetail_statistics_cube_build_duration_seconds",
      help: "Time to build and protect a statistics year cube, by outcome",
      labelNames: ["outcome"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    });
    const metrics = this;
    new Gauge({
      name: "dovetail_db_pool_connections",
      help: "Database pool connections by state (in_use, idle, waiting: requests queued for a connection); PostgreSQL only",
      labelNames: ["state"],
      registers,
      collect() {
        const state = metrics.pool?.();
        if (!state) return;
        this.set({ state: "in_use" }, state.inUse);
        this.set({ state: "idle" }, state.idle);
        this.set({ state: "waiting" }, state.waiting);
      },
    });
  }
}

// --- this process's services ---------------------------------------------------------------------

const services = new Map<string, ServiceMetrics>();
let processRegistry: Registry | null = null;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

function metricsOf<T extends ServiceMetrics>(name: string, make: () => T): T {
  let found = services.get(name);
  if (!found) {
    processMetrics();
    found = make();
    services.set(name, found);
  }
  return found as T;
}

export function gatewayMetrics(): GatewayMetrics {
  return metricsOf("gateway", () => new GatewayMetrics());
}

export function subgraphMetrics(name: string): SubgraphMetrics {
  return metricsOf(name, () => new SubgraphMetrics(name));
}

/** Every service of this process that has metrics. */
export function processServices(): ServiceMetrics[] {
  return [...services.values()];
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/** Prometheus text for these services and the process. */
export async function metricsText(of: readonly ServiceMetrics[]): Promise<string> {
  const all: Awaited<ReturnType<Registry["getMetricsAsJSON"]>>[] = await Promise.all([...of.map((m) => m.registry.getMetricsAsJSON()), processMetrics().getMetricsAsJSON()]);
  return AggregatorRegistry.aggregate(all).metrics();
}

/** Answers a scrape with these services' metrics. */
export function serveMetrics(res: http.ServerResponse, of: readonly ServiceMetrics[]): void {
  metricsText(of).then(
    (text) => {
      res.writeHead(200, { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" });
      res.end(text);
    },
    () => {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("metrics unavailable\n");
    },
  );
}

export interface MetricsListener {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Production: the metrics listener (`METRICS_HOST:METRICS_PORT`), apart from the public port. It
 * answers `GET /metrics` with every service of this process, and 404 to anything else.
 */
export function startMetricsListener(port: number, host: string): Promise<MetricsListener> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/metrics" && (req.method === "GET" || req.method === "HEAD")) {
      serveMetrics(res, processServices());
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Not found\n");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        port: bound,
        url: `http://${shown}:${bound}/metrics`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
