import fs from "node:fs";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../common/config";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";
import { loadGatewaySecurity } from "./security";
import { createGatewayApp, gatewayOperations } from "./server";

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const supergraphSdl = fs.readFileSync(config.supergraphFile, "utf8");
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
  const security = loadGatewaySecurity(config.auth, subgraphUrls);
  const operations = gatewayOperations(config);
  const app = createGatewayApp({ supergraphSdl, subgraphUrls, env: config.env, security, ...operations });
  const port = await app.listen(config.gatewayPort, config.host);
  console.log(`[gateway] ready at http://${config.host}:${port}/graphql (operations: ${config.operations.safelist})`);
  const stop = async (signal: string) => {
    console.log(`[gateway] ${signal}: draining`);
    await app.stop();
    await operations.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error("[gateway] failed to start:", err);
  process.exit(1);
});
