import type { DataSource } from "typeorm";
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from "../common/config";
import { loadGatewaySecurity } from "../gateway/security";
import { createGatewayApp, gatewayOperations, type GatewayApp } from "../gateway/server";
import { createWebFront } from "../gateway/web/web-front";
import { loadSubgraphSecurity } from "../subgraphs/kit/security";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../subgraphs/kit/datasource";
import { createSubgraphApp, type SeedProgress, type SubgraphApp } from "../subgraphs/kit/subgraph";
import type { SeedWorld } from "../seed/world";
import { SUBGRAPHS } from "./registry";
import { startMetricsListener } from "../common/telemetry/metrics";

export interface DatabaseOptions {
  /** Test-only: build tables from entities instead of migrations. */
  synchronize?: boolean;
  /** Test-only: a PostgreSQL schema prefix so suites do not share tables. */
  schemaPrefix?: string;
}

export type Databases = Record<SubgraphName, SubgraphDataSource>;

/** Connects every subgraph's database and runs its migrations. */
export async function openDatabases(config: Pick<Config, "database">, options: DatabaseOptions = {}): Promise<Databases> {
  const opened = {} as Databases;
  try {
    for (const name of SUBGRAPH_NAMES) {
      const def = SUBGRAPHS[name];
      const source = createDataSource({
        subgraph: name,
        database: config.database,
        entities: def.entities,
        migrations: def.migrations,
        synchronize: options.synchronize,
        schemaPrefix: options.schemaPrefix,
      });
      opened[name] = source;
      await openDatabase(source);
    }
  } catch (err) {
    await closeDatabases(opened);
    throw err;
  }
  return opened;
}

export async function closeDatabases(databases: Partial<Databases>): Promise<void> {
  for (const source of Object.values(databases)) {
    if (source?.dataSource.isInitialized) await source.dataSource.destroy();
  }
}

/** Writes the synthetic world into every subgraph's database (idempotent). */
export async function seedDatabases(databases: Databases, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  for (const name of SUBGRAPH_NAMES) {
    await SUBGRAPHS[name].seed(databases[name].dataSource, world, progress);
    await analyze(databases[name].dataSource);
  }
}

/**
 * Refreshes the planner's statistics of a subgraph's tables after a bulk load. Left stale,
 * PostgreSQL plans 100,000 cases as the few it saw at creation: sequential scans (and JIT) where
 * an index answers in milliseconds. VACUUM also marks the pages all-visible, so counts read
 * from the index alone.
 */
async function analyze(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== "postgres") {
    await dataSource.query("ANALYZE");
    return;
  }
  for (const metadata of dataSource.entityMetadatas) {
    await dataSource.query(`VACUUM (ANALYZE) ${metadata.schema ? `"${metadata.schema}".` : ""}"${metadata.tableName}"`);
  }
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** The web app (`PUBLIC_URL/`), served by the gateway. */
  webUrl: string;
  /** Whether the web app is built (else `webUrl` answers 503 and says to run `npm run build`). */
  webBuilt: boolean;
  /** The development OpenID provider's issuer (`PUBLIC_URL/oidc`), or null when AUTH_DEV_ISSUER is off. */
  devProviderIssuer: string | null;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphs: Record<SubgraphName, SubgraphApp>;
  gateway: GatewayApp;
  /** The metrics listener (every service of the process), when configured (production, or METRICS_PORT). */
  metricsUrl: string | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Pick<Config, "env" | "host" | "gatewayPort" | "subgraphs" | "auth" | "statistics" | "operations" | "limits" | "rateLimits" | "subgraphTimeoutMs" | "web" | "telemetry">;
  databases: Databases;
  supergraphSdl: string;
  /** Port 0 everywhere picks free ports (tests). */
  ephemeralPorts?: boolean;
}

/** Starts the five subgraphs, then the gateway pointed at the ports they actually bound. */
export async function startPlatform(options: StartOptions): Promise<RunningPlatform> {
  const { config } = options;
  const apps = {} as Record<SubgraphName, SubgraphApp>;
  const urls = {} as Record<SubgraphName, string>;
  const started: { stop(): Promise<void> }[] = [];
  try {
    for (const name of SUBGRAPH_NAMES) {
      // Peers are looked up when first called: with free ports, later subgraphs are not bound yet.
      const app = createSubgraphApp(SUBGRAPHS[name], options.databases[name].dataSource, config, loadSubgraphSecurity(config.auth, name), () => urls);
      started.push(app);
      const port = await app.listen(options.ephemeralPorts ? 0 : config.subgraphs[name].port, config.host);
      apps[name] = app;
      urls[name] = options.ephemeralPorts ? `http://${config.host}:${port}/graphql` : config.subgraphs[name].url;
    }
    const security = loadGatewaySecurity(config.auth, urls);
    const operations = gatewayOperations(config);
    started.push({ stop: () => operations.close() });
    const web = createWebFront(config, security);
    const gateway = createGatewayApp({
      supergraphSdl: options.supergraphSdl,
      subgraphUrls: urls,
      env: config.env,
      security,
      ...operations,
      limits: config.limits,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      web,
    });
    started.push(gateway);
    const gatewayPort = await gateway.listen(options.ephemeralPorts ? 0 : config.gatewayPort, config.host);
    const listener = config.telemetry.metrics.listener;
    const metrics = listener ? await startMetricsListener(options.ephemeralPorts ? 0 : listener.port, listener.host) : null;
    if (metrics) started.push({ stop: () => metrics.close() });
    return {
      gatewayUrl: `http://${config.host}:${gatewayPort}/graphql`,
      webUrl: web.webUrl,
      webBuilt: web.built,
      devProviderIssuer: web.devProviderIssuer,
      subgraphUrls: urls,
      subgraphs: apps,
      gateway,
      metricsUrl: metrics?.url ?? null,
      async stop() {
        for (const app of started.reverse()) await app.stop();
      },
    };
  } catch (err) {
    for (const app of started.reverse()) await app.stop().catch(() => undefined);
    throw err;
  }
}
