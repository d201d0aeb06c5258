import fs from "node:fs";
import path from "node:path";
import { ConfigError, configVariables, loadConfig } from "../../common/config";

describe("configuration", () => {
  it("defaults to the embedded SQLite database and the standard ports", () => {
    const config = loadConfig({});
    expect(config.env).toBe("development");
    expect(config.database).toEqual({ kind: "sqlite", dataDir: path.resolve("data"), logSql: false, statementTimeoutMs: 15_000 });
    expect(config.gatewayPort).toBe(4000);
    expect(config.subgraphTimeoutMs).toBe(2_000);
    expect(config.operations.safelist).toBe("off");
    expect(config.rateLimits).toEqual({ perIdentityPerMinute: 600, perAddressPerMinute: 1_200, trustProxy: false });
    expect(config.subgraphs.cases).toEqual({ port: 4003, url: "http://127.0.0.1:4003/graphql" });
    expect(config.seed).toEqual({ enabled: true, cases: 400 });
  });

  it("switches to PostgreSQL with DATABASE_URL and lets each subgraph URL be overridden", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://app@db:5432/dovetail",
      DB_POOL_SIZE: "20",
      CASES_URL: "http://cases.internal:8080/graphql",
    });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://app@db:5432/dovetail",
      poolSize: 20,
      logSql: false,
      connectTimeoutMs: 5_000,
      statementTimeoutMs: 15_000,
    });
    expect(config.subgraphs.cases.url).toBe("http://cases.internal:8080/graphql");
  });

  it("reports every bad value at once, naming each variable", () => {
    let caught: unknown;
    try {
      loadConfig({ GATEWAY_PORT: "http", DATABASE_URL: "mysql://x", PEOPLE_PORT: "-1", SEED: "maybe", NODE_ENV: "staging" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    for (const name of ["GATEWAY_PORT", "DATABASE_URL", "PEOPLE_PORT", "SEED", "NODE_ENV"]) expect(message).toContain(name);
    expect((caught as ConfigError).problems).toHaveLength(5);
  });

  it("refuses a statistics wait the gateway would not wait for", () => {
    expect(() => loadConfig({ STATS_WAIT_MS: "2000", SUBGRAPH_TIMEOUT_MS: "2000" })).toThrow(/STATS_WAIT_MS: must be less than SUBGRAPH_TIMEOUT_MS \(2000\)/);
    expect(loadConfig({ STATS_WAIT_MS: "1999", SUBGRAPH_TIMEOUT_MS: "2000" }).statistics.waitMs).toBe(1999);
  });

  it("selects production behaviour with NODE_ENV=production", () => {
    const config = loadConfig({ NODE_ENV: "production" });
    expect(config.operations.safelist).toBe("enforce");
    expect(config.auth.devIssuer).toBe(false);
    expect(config.auth.createKeys).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", AUTH_DEV_ISSUER: "true", OPERATION_SAFELIST: "log" })).toMatchObject({ auth: { devIssuer: true }, operations: { safelist: "log" } });
  });

  it("never echoes a secret in an error", () => {
    expect(() => loadConfig({ REDIS_URL: "mysql://user:hunter2@db" })).toThrow(/REDIS_URL.*\[redacted\]/);
    expect(() => loadConfig({ REDIS_URL: "mysql://user:hunter2@db" })).not.toThrow(/hunter2/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", GATEWAY_PORT: " " }).database.kind).toBe("sqlite");
  });
});

describe(".env.example", () => {
  const text = fs.readFileSync(path.resolve(__dirname, "..", "..", ".env.example"), "utf8");
  const documented = new Set([...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it.each(configVariables())("documents %s", (name) => {
    expect(documented.has(name)).toBe(true);
  });

  it("documents nothing the platform does not read, and its values parse", () => {
    expect([...documented].filter((n) => !configVariables().includes(n!))).toEqual([]);
    const env = Object.fromEntries([...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
