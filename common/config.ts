import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import type { TracingSettings } from "./telemetry/tracing";

/** The five subgraphs, in composition order. Their names are also their PostgreSQL schemas. */
export const SUBGRAPH_NAMES = [
  "people",
  "agencies",
  "cases",
  "immigration-contacts",
  "governance-boards",
] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  people: 4001,
  agencies: 4002,
  cases: 4003,
  "immigration-contacts": 4004,
  "governance-boards": 4005,
};

/** `immigration-contacts` → `IMMIGRATION_CONTACTS` (the prefix of its environment variables). */
export function envPrefix(name: SubgraphName): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/** `immigration-contacts` → `immigration_contacts` (its PostgreSQL schema). */
export function dbSchemaName(name: SubgraphName): string {
  return name.replace(/-/g, "_");
}

const port = z.coerce.number({ error: "must be a port number" }).int("must be a port number").min(0, "must be a port number").max(65535, "must be a port number");
const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** `https://host[:port]`, optionally with a trailing slash: no path, query, fragment or user. */
function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && url.username === "" && !/[?#]/.test(value);
  } catch {
    return false;
  }
}

/** A host name or an IP address to bind to (no scheme, port or path). */
function isHost(value: string): boolean {
  return isIP(value) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(value);
}

const TRACE_EXPORTERS = new Set(["otlp", "console", "none"]);
const otlpProtocol = z.enum(["http/protobuf", "http/json"], { error: "must be http/protobuf or http/json (grpc is not supported)" });

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgres:// or postgresql:// URL");

const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: postgresUrl.optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_LOG_SQL: bool.default(false),
  GATEWAY_PORT: port.default(4000),
  SUPERGRAPH_FILE: z.string().min(1).default("schema/supergraph.graphql"),
  SEED: bool.default(true),
  SEED_CASES: z.coerce.number().int().min(0).max(1_000_000).default(400),
  AUTH_AUDIENCE: z.string().min(1).max(200).default("dovetail-graph"),
  AUTH_ISSUERS: z.string().optional(),
  AUTH_DEV_ISSUER: bool.optional(),
  AUTH_DEV_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  KEYS_DIR: z.string().min(1).optional(),
  INTERNAL_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(300).default(60),
  POLICY_REFRESH_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
  ATTESTATION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(6),
  STATS_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
  STATS_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  STATS_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(1_500),
  OPERATION_SAFELIST: z.enum(["enforce", "log", "off"]).optional(),
  OPERATION_MANIFEST: z.string().min(1).default("clients/generated/persisted-documents.json"),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), "must be a redis:// or rediss:// URL")
    .optional(),
  APQ_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86_400).default(86_400),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FILE: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).max(100_000).default(20),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(5),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(10).max(1_000_000).default(3_000),
  LIMIT_MAX_COST: z.coerce.number().int().min(1).max(10_000_000).default(20_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1_200),
  TRUST_PROXY: bool.default(false),
  PUBLIC_URL: z.string().refine(isWebOrigin, "must be an http:// or https:// origin (scheme, host and port), with no path, query or fragment").optional(),
  WEB_DIST_DIR: z.string().min(1).default("web/dist"),
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().refine(isHost, "must be a host name or an IP address").default("127.0.0.1"),
  OTEL_SDK_DISABLED: bool.default(false),
  OTEL_TRACES_EXPORTER: z
    .string()
    .refine((v) => v.split(",").every((e) => TRACE_EXPORTERS.has(e.trim())), "must be otlp, console or none (or a comma-separated list of them)")
    .optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: otlpProtocol.optional(),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: otlpProtocol.optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(200).optional(),
});

const SECRET_VARIABLES = new Set(["ATTESTATION_SECRET", "REDIS_URL"]);

const ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"] as const;

/** `AUTH_ISSUERS`: a JSON array of the partner identity providers the gateway trusts. */
const trustedIssuers = z.array(
  z
    .object({
      issuer: z.string().min(1),
      jwksUri: z.string().url().optional(),
      publicKeyFile: z.string().min(1).optional(),
      algorithms: z.array(z.enum(ALGORITHMS)).min(1).optional(),
      /** The web app's client id at this issuer: with one, the app offers sign-in through it. */
      clientId: z.string().min(1).max(200).optional(),
      /** What the app's sign-in button calls it (default: the issuer). */
      name: z.string().min(1).max(100).optional(),
    })
    .strict()
    .refine((i) => (i.jwksUri === undefined) !== (i.publicKeyFile === undefined), "each issuer needs exactly one of jwksUri or publicKeyFile")
    .refine((i) => i.clientId === undefined || /^https?:\/\/[^?#]+$/.test(i.issuer), "an issuer with a clientId must be an http(s) URL (the web app discovers it at issuer/.well-known/openid-configuration)"),
);
export type TrustedIssuerConfig = z.infer<typeof trustedIssuers>[number];

/** Every environment variable the platform reads (`.env.example` must document each). */
export function configVariables(): string[] {
  const perSubgraph = SUBGRAPH_NAMES.flatMap((name) => [`${envPrefix(name)}_PORT`, `${envPrefix(name)}_URL`]);
  return [...Object.keys(baseSchema.shape), ...perSubgraph];
}

export type DatabaseConfig =
  | { kind: "sqlite"; dataDir: string; logSql: boolean; statementTimeoutMs?: number }
  | { kind: "postgres"; url: string; poolSize: number; logSql: boolean; connectTimeoutMs?: number; statementTimeoutMs?: number };

export interface SubgraphEndpoint {
  port: number;
  url: string;
}

export interface AuthConfig {
  /** `aud` partner tokens must carry. */
  audience: string;
  issuers: TrustedIssuerConfig[];
  /**
   * Trust the local development issuer (`npm run token`) and run the development OpenID provider
   * at `PUBLIC_URL/oidc` (the web app's sign-in as a seeded persona).
   */
  devIssuer: boolean;
  /** Lifetime of the access tokens the development OpenID provider issues. */
  devTokenTtlSeconds: number;
  clockToleranceSeconds: number;
  /** Key material: dev issuer, internal token keys, attestation secret. */
  keysDir: string;
  /** Create missing keys on start (never in production: keys must be provisioned). */
  createKeys: boolean;
  internalTokenTtlSeconds: number;
  /** How long the gateway may reuse an agency's access profile (kind, region, agreements). */
  policyRefreshSeconds: number;
  attestationSecret?: string;
}

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  gatewayPort: number;
  supergraphFile: string;
  subgraphs: Record<SubgraphName, SubgraphEndpoint>;
  seed: { enabled: boolean; cases: number };
  auth: AuthConfig;
  /** Closed cases are erased this many years after closure (`npm run retention`). */
  retention: { years: number };
  /**
   * Prevent statistics: counts below `threshold` are suppressed; a year's cube is reused for
   * `cacheSeconds`; a request waits `waitMs` for one being computed (then the previous one, or a retry hint).
   */
  statistics: { threshold: number; cacheSeconds: number; waitMs: number };
  /** Which operations the gateway runs, and where automatic persisted queries are cached. */
  operations: {
    /** `enforce` (production default): only the manifest's; `log`: all, warning about others; `off` (elsewhere): all. */
    safelist: "enforce" | "log" | "off";
    manifestFile: string;
    /** Shared persisted-query cache for several gateway replicas; in memory when unset. */
    redisUrl: string | null;
    apqTtlSeconds: number;
  };
  logging: { level: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent"; file: string | null };
  /** Limits checked at the gateway before any subgraph is called. */
  limits: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number };
  /** Requests a minute per partner identity and per client address (0: no limit). */
  rateLimits: { perIdentityPerMinute: number; perAddressPerMinute: number; trustProxy: boolean };
  /** How long the gateway waits for a subgraph. */
  subgraphTimeoutMs: number;
  /** The web application the gateway serves beside `/graphql`. */
  web: {
    /**
     * Where browsers reach the gateway (an origin, no trailing slash). `null` when PUBLIC_URL is
     * unset: then `http://HOST:<the port the gateway bound>` (GATEWAY_PORT, or a free port in
     * tests), with 127.0.0.1 for a wildcard HOST.
     */
    publicUrl: string | null;
    /** The built app (`npm run build`): index.html and assets/. */
    distDir: string;
  };
  /** Traces (OpenTelemetry, from the standard OTEL_* variables) and metrics (Prometheus). */
  telemetry: {
    traces: TracingSettings;
    metrics: {
      /** `/metrics` on each service's own port (development and test; never in production). */
      onServicePorts: boolean;
      /**
       * The separate metrics listener (METRICS_HOST:METRICS_PORT), when METRICS_PORT is set: how
       * production serves them. Without it, production serves no metrics (several processes on one
       * host would otherwise fight over a default port).
       */
      listener: { port: number; host: string } | null;
    };
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses the environment once. Every problem is reported together, each naming its variable,
 * so a bad deployment fails at start-up with one readable message.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const clean = (key: string): string | undefined => {
    const v = env[key];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  };

  const baseInput: Record<string, string | undefined> = {};
  for (const key of Object.keys(baseSchema.shape)) baseInput[key] = clean(key);
  const base = baseSchema.safeParse(baseInput);
  if (!base.success) {
    for (const issue of base.error.issues) {
      const key = String(issue.path[0]);
      // Never echo a secret into logs.
      const got = SECRET_VARIABLES.has(key) ? "[redacted]" : JSON.stringify(baseInput[key]);
      problems.push(`${issue.path.join(".")}: ${issue.message} (got ${got})`);
    }
  }

  const host = base.success ? base.data.HOST : "127.0.0.1";
  const subgraphs = {} as Record<SubgraphName, SubgraphEndpoint>;
  for (const name of SUBGRAPH_NAMES) {
    const prefix = envPrefix(name);
    const portKey = `${prefix}_PORT`;
    const urlKey = `${prefix}_URL`;
    const p = port.default(DEFAULT_PORTS[name]).safeParse(clean(portKey));
    if (!p.success) problems.push(`${portKey}: must be a port number (got ${JSON.stringify(clean(portKey))})`);
    const portValue = p.success ? p.data : DEFAULT_PORTS[name];
    const u = z.string().url().optional().safeParse(clean(urlKey));
    if (!u.success) problems.push(`${urlKey}: must be a URL (got ${JSON.stringify(clean(urlKey))})`);
    subgraphs[name] = {
      port: portValue,
      url: (u.success ? u.data : undefined) ?? `http://${host}:${portValue}/graphql`,
    };
  }

  let issuers: TrustedIssuerConfig[] = [];
  const issuersText = clean("AUTH_ISSUERS");
  if (issuersText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(issuersText);
    } catch {
      problems.push("AUTH_ISSUERS: must be a JSON array of {issuer, jwksUri | publicKeyFile, algorithms?, clientId?, name?}");
    }
    if (json !== undefined) {
      const parsed = trustedIssuers.safeParse(json);
      if (parsed.success) issuers = parsed.data;
      else problems.push(`AUTH_ISSUERS: ${parsed.error.issues.map((i) => `${i.path.join(".") || "value"} ${i.message}`).join("; ")}`);
    }
  }

  // A statistics request that waits longer than the gateway waits for it loses its retry hint.
  if (base.success && base.data.STATS_WAIT_MS >= base.data.SUBGRAPH_TIMEOUT_MS) {
    problems.push(`STATS_WAIT_MS: must be less than SUBGRAPH_TIMEOUT_MS (${base.data.SUBGRAPH_TIMEOUT_MS}), or the gateway gives up first (got ${base.data.STATS_WAIT_MS})`);
  }
  // The metrics listener must not take a service's port.
  if (base.success && base.data.METRICS_PORT !== undefined && base.data.METRICS_PORT !== 0) {
    const taken = [["GATEWAY_PORT", base.data.GATEWAY_PORT] as const, ...SUBGRAPH_NAMES.map((n) => [`${envPrefix(n)}_PORT`, subgraphs[n].port] as const)].find(([, p]) => p === base.data.METRICS_PORT);
    if (taken) problems.push(`METRICS_PORT: must differ from ${taken[0]} (both ${taken[1]})`);
  }
  if (problems.length > 0 || !base.success) throw new ConfigError(problems);
  const b = base.data;
  const dataDir = path.resolve(b.DATA_DIR);
  const production = b.NODE_ENV === "production";
  return {
    env: b.NODE_ENV,
    host: b.HOST,
    dataDir,
    database: b.DATABASE_URL
      ? {
          kind: "postgres",
          url: b.DATABASE_URL,
          poolSize: b.DB_POOL_SIZE,
          logSql: b.DB_LOG_SQL,
          connectTimeoutMs: b.DB_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: b.DB_STATEMENT_TIMEOUT_MS,
        }
      : { kind: "sqlite", dataDir, logSql: b.DB_LOG_SQL, statementTimeoutMs: b.DB_STATEMENT_TIMEOUT_MS },
    gatewayPort: b.GATEWAY_PORT,
    supergraphFile: path.resolve(b.SUPERGRAPH_FILE),
    subgraphs,
    seed: { enabled: b.SEED, cases: b.SEED_CASES },
    auth: {
      audience: b.AUTH_AUDIENCE,
      issuers,
      devIssuer: b.AUTH_DEV_ISSUER ?? !production,
      devTokenTtlSeconds: b.AUTH_DEV_TOKEN_TTL_SECONDS,
      clockToleranceSeconds: b.AUTH_CLOCK_TOLERANCE_SECONDS,
      keysDir: path.resolve(b.KEYS_DIR ?? path.join(b.DATA_DIR, "keys")),
      createKeys: !production,
      internalTokenTtlSeconds: b.INTERNAL_TOKEN_TTL_SECONDS,
      policyRefreshSeconds: b.POLICY_REFRESH_SECONDS,
      attestationSecret: b.ATTESTATION_SECRET,
    },
    retention: { years: b.RETENTION_YEARS },
    statistics: { threshold: b.STATS_SUPPRESSION_THRESHOLD, cacheSeconds: b.STATS_CACHE_SECONDS, waitMs: b.STATS_WAIT_MS },
    operations: {
      safelist: b.OPERATION_SAFELIST ?? (production ? "enforce" : "off"),
      manifestFile: path.resolve(b.OPERATION_MANIFEST),
      redisUrl: b.REDIS_URL ?? null,
      apqTtlSeconds: b.APQ_TTL_SECONDS,
    },
    logging: { level: b.LOG_LEVEL, file: b.LOG_FILE ? path.resolve(b.LOG_FILE) : null },
    limits: {
      maxDepth: b.LIMIT_MAX_DEPTH,
      maxAliases: b.LIMIT_MAX_ALIASES,
      maxDirectives: b.LIMIT_MAX_DIRECTIVES,
      maxTokens: b.LIMIT_MAX_TOKENS,
      maxCost: b.LIMIT_MAX_COST,
    },
    rateLimits: { perIdentityPerMinute: b.RATE_LIMIT_PER_MINUTE, perAddressPerMinute: b.RATE_LIMIT_IP_PER_MINUTE, trustProxy: b.TRUST_PROXY },
    subgraphTimeoutMs: b.SUBGRAPH_TIMEOUT_MS,
    web: { publicUrl: b.PUBLIC_URL ? new URL(b.PUBLIC_URL).origin : null, distDir: path.resolve(b.WEB_DIST_DIR) },
    telemetry: {
      traces: {
        // Off unless an exporter is named (the SDK's own default, otlp, is not assumed here).
        exporters: b.OTEL_SDK_DISABLED ? [] : [...new Set((b.OTEL_TRACES_EXPORTER ?? "none").split(",").map((e) => e.trim()))].filter((e): e is "otlp" | "console" => e !== "none"),
        protocol: b.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? b.OTEL_EXPORTER_OTLP_PROTOCOL ?? "http/protobuf",
        serviceName: b.OTEL_SERVICE_NAME ?? null,
      },
      metrics: {
        onServicePorts: !production,
        listener: b.METRICS_PORT !== undefined ? { port: b.METRICS_PORT, host: b.METRICS_HOST } : null,
      },
    },
  };
}

/** For entry points: parse, or print every problem and exit 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
