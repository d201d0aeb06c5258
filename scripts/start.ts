import "reflect-metadata";
import fs from "node:fs";
import { loadConfigOrExit } from "../common/config";
import { configureLogging } from "../common/logger";
import { closeDatabases, openDatabases, seedDatabases, startPlatform } from "../platform/platform";
import { consoleProgress } from "../platform/progress";
import { generateWorld } from "../seed/generate";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";
import { startTracing, stopTracing } from "../common/telemetry/tracing";

/** `npm start`: the whole platform in one process: migrations, seed, five subgraphs, gateway. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  configureLogging(config.logging);
  if (!fs.existsSync(config.supergraphFile)) {
    console.error(`No supergraph at ${config.supergraphFile}: run \`npm run compose\` first.`);
    process.exit(1);
  }
  const supergraphSdl = fs.readFileSync(config.supergraphFile, "utf8");
  const where = config.database.kind === "postgres" ? "PostgreSQL" : `SQLite files in ${config.dataDir}`;
  console.log(`Database: ${where}; running migrations ...`);
  // Before anything is built: each service takes its tracer (and SQL its hook) as it is made.
  if (await startTracing(config.telemetry.traces, { services: "many" })) console.log(`Traces: ${config.telemetry.traces.exporters.join(", ")} (${config.telemetry.traces.protocol})`);
  const databases = await openDatabases(config);
  if (config.seed.enabled) {
    console.log(`Seeding synthetic data (${config.seed.cases} cases; idempotent) ...`);
    await seedDatabases(databases, generateWorld({ cases: config.seed.cases }), consoleProgress());
  }
  const platform = await startPlatform({ config, databases, supergraphSdl });
  for (const [name, url] of Object.entries(platform.subgraphUrls)) console.log(`  subgraph ${name.padEnd(20)} ${url}`);
  console.log(`Gateway ready at ${platform.gatewayUrl}`);
  if (platform.metricsUrl) console.log(`Metrics at ${platform.metricsUrl}`);
  else if (config.telemetry.metrics.onServicePorts) console.log(`Metrics at /metrics on each service's port`);
  else console.log("Metrics not served: set METRICS_PORT (production answers /metrics on the public ports with 404)");
  if (!platform.webBuilt) console.log(`Web app not built (${config.web.distDir}): run npm run build`);
  else if (platform.devProviderIssuer) console.log(`Web app at ${platform.webUrl} (sign in as a persona)`);
  else console.log(`Web app at ${platform.webUrl} (sign in through AUTH_ISSUERS)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ...`);
    await platform.stop();
    await closeDatabases(databases);
    await stopTracing();
    process.exit(0);
  };
  // A stop that fails still ends the process, saying why (never an unhandled rejection).
  const stopFailed = (err: unknown) => {
    console.error("stop failed:", err);
    process.exit(1);
  };
  process.once("SIGINT", () => void stop("SIGINT").catch(stopFailed));
  process.once("SIGTERM", () => void stop("SIGTERM").catch(stopFailed));
}

main().catch((err: unknown) => {
  console.error("start failed:", err);
  process.exit(1);
});
