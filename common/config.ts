import path from "node:path";
import { z } from "zod";

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
});

/** Every environment variable the platform reads (`.env.example` must document each). */
export function configVariables(): string[] {
  const perSubgraph = SUBGRAPH_NAMES.flatMap((name) => [`${envPrefix(name)}_PORT`, `${envPrefix(name)}_URL`]);
  return [...Object.keys(baseSchema.shape), ...perSubgraph];
}

export type DatabaseConfig =
  | { kind: "sqlite"; dataDir: string; logSql: boolean }
  | { kind: "postgres"; url: string; poolSize: number; logSql: boolean };

export interface SubgraphEndpoint {
  port: number;
  url: string;
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
      problems.push(`${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(baseInput[String(issue.path[0])])})`);
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

  if (problems.length > 0 || !base.success) throw new ConfigError(problems);
  const b = base.data;
  const dataDir = path.resolve(b.DATA_DIR);
  return {
    env: b.NODE_ENV,
    host: b.HOST,
    dataDir,
    database: b.DATABASE_URL
      ? { kind: "postgres", url: b.DATABASE_URL, poolSize: b.DB_POOL_SIZE, logSql: b.DB_LOG_SQL }
      : { kind: "sqlite", dataDir, logSql: b.DB_LOG_SQL },
    gatewayPort: b.GATEWAY_PORT,
    supergraphFile: path.resolve(b.SUPERGRAPH_FILE),
    subgraphs,
    seed: { enabled: b.SEED, cases: b.SEED_CASES },
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
