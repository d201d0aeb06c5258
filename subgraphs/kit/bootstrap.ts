import fs from "node:fs";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../../common/config";
import { configureLogging, serviceLogger } from "../../common/logger";
import { createDataSource, openDatabase } from "./datasource";
import { loadSubgraphSecurity } from "./security";
import { createSubgraphApp, type SubgraphDefinition } from "./subgraph";

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
    log.info({ url: `http://${config.host}:${port}/graphql` }, "subgraph ready");
    const stop = async (signal: string) => {
      log.info({ signal }, "draining");
      await app.stop();
      await source.dataSource.destroy();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  })().catch((err: unknown) => {
    serviceLogger(definition.name).fatal({ err }, "failed to start");
    process.exit(1);
  });
}
