import fs from "node:fs";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../../common/config";
import { configureLogging, serviceLogger } from "../../common/logger";
import { createDataSource, openDatabase } from "./datasource";
import { loadSubgraphSecurity } from "./security";
import { createSubgraphApp, type SubgraphDefinition } from "./subgraph";
import { startMetricsListener } from "../../common/telemetry/metrics";
import { startTracing, stopTracing } from "../../common/telemetry/tracing";

/** Loads `.env` if present (real environment variables win). */
export function loadDotEnv(file = ".env"): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/**
 * The one entry point every subgraph's `index.ts` calls: config, migrations, listen, and a
 * graceful stop on SIGINT/SIGTERM. Any failure to start exits non-zero.
 */
export function runSubgraph<S, L>(definition: SubgraphDefinition<S, L>): void {
  void (async () => {
    loadDotEnv();
    const config = loadConfigOrExit();
    configureLogging(config.logging);
    // Before the data source is made: its statements are traced from the start.
    await startTracing(config.telemetry.traces, { services: "one" });
    const source = createDataSource({
      subgraph: definition.name,
      database: config.database,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await openDatabase(source);
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
    const app = createSubgraphApp(definition, source.dataSource, config, loadSubgraphSecurity(config.auth, definition.name), () => urls);
    const port = await app.listen(config.subgraphs[definition.name].port, config.host);
    const log = serviceLogger(definition.name);
    const listener = config.telemetry.metrics.listener;
    const metrics = listener ? await startMetricsListener(listener.port, listener.host) : null;
    const metricsAt = metrics?.url ?? (config.telemetry.metrics.onServicePorts ? `http://${config.host}:${port}/metrics` : "not served (set METRICS_PORT)");
    log.info({ url: `http://${config.host}:${port}/graphql`, metrics: metricsAt }, "subgraph ready");
    const stop = async (signal: string) => {
      log.info({ signal }, "draining");
      await app.stop();
      await source.dataSource.destroy();
      await metrics?.close();
      await stopTracing();
      process.exit(0);
    };
    // A stop that fails still ends the process, saying why (never an unhandled rejection).
    const stopFailed = (err: unknown) => {
      log.error({ err }, "stop failed");
      process.exit(1);
    };
    process.once("SIGINT", () => void stop("SIGINT").catch(stopFailed));
    process.once("SIGTERM", () => void stop("SIGTERM").catch(stopFailed));
  })().catch((err: unknown) => {
    serviceLogger(definition.name).fatal({ err }, "failed to start");
    process.exit(1);
  });
}
