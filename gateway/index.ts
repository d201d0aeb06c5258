import fs from "node:fs";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../common/config";
import { configureLogging, serviceLogger } from "../common/logger";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

const log = serviceLogger("gateway");
import { loadGatewaySecurity } from "./security";
import { createGatewayApp, gatewayOperations } from "./server";
import { createWebFront } from "./web/web-front";
import { startMetricsListener } from "../common/telemetry/metrics";
import { startTracing, stopTracing } from "../common/telemetry/tracing";

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  configureLogging(config.logging);
  await startTracing(config.telemetry.traces, { services: "one" });
  const supergraphSdl = fs.readFileSync(config.supergraphFile, "utf8");
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
  const security = loadGatewaySecurity(config.auth, subgraphUrls);
  const operations = gatewayOperations(config);
  const web = createWebFront(config, security);
  const app = createGatewayApp({ supergraphSdl, subgraphUrls, env: config.env, security, ...operations, limits: config.limits, subgraphTimeoutMs: config.subgraphTimeoutMs, web });
  const port = await app.listen(config.gatewayPort, config.host);
  const listener = config.telemetry.metrics.listener;
  const metrics = listener ? await startMetricsListener(listener.port, listener.host) : null;
  if (metrics || config.telemetry.metrics.onServicePorts) log.info({ metrics: metrics?.url ?? `http://${config.host}:${port}/metrics` }, "metrics");
  else log.warn("metrics not served: set METRICS_PORT (production answers /metrics on the public port with 404)");
  log.info({ url: `http://${config.host}:${port}/graphql`, web: web.webUrl, webBuilt: web.built, devSignIn: web.devProviderIssuer, operations: config.operations.safelist }, "gateway ready");
  const stop = async (signal: string) => {
    log.info({ signal }, "draining");
    await app.stop();
    await operations.close();
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
}

main().catch((err: unknown) => {
  log.fatal({ err }, "failed to start");
  process.exit(1);
});
