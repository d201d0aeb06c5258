import "reflect-metadata";
import fs from "node:fs";
import http from "node:http";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../../common/config";
import { authenticate, internalTokenFor, type GatewayContext } from "../../gateway/server";
import { loadGatewaySecurity } from "../../gateway/security";
import { benchRequire } from "./bench-modules";
import { withSubgraphUrls } from "./supergraph";

/** The part of @graphql-hive/gateway used here (its types would pull in a second graphql). */
interface HiveGateway {
  createGatewayRuntime(config: Record<string, unknown>): http.RequestListener;
}
interface HiveGraphQL {
  GraphQLError: new (message: string, options: { extensions: Record<string, unknown> }) => Error;
}
const { createGatewayRuntime } = benchRequire("@graphql-hive/gateway") as HiveGateway;
// Hive's own copy of graphql, so that it recognises the error it is given.
const { GraphQLError } = benchRequire("graphql") as HiveGraphQL;

/**
 * The peer gateway, @graphql-hive/gateway, on the same supergraph and subgraphs. Our subgraphs
 * answer only a signed internal token for each of them, so the peer does the same identity work
 * as ours, with the same code: the partner's bearer token is verified and completed with the
 * agency's profile once per request, and each subgraph call carries that subgraph's token and
 * the request id (the identity headers). Nothing else of ours runs in it.
 */
function main(): void {
  const config = loadConfigOrExit();
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
  const security = loadGatewaySecurity(config.auth, subgraphUrls);
  const supergraph = withSubgraphUrls(fs.readFileSync(config.supergraphFile, "utf8"), subgraphUrls);
  const identities = new WeakMap<object, GatewayContext>();

  const identity = {
    async onContextBuilding({ context }: { context: { request: Request } }) {
      const request = context.request;
      try {
        identities.set(context, await authenticate(Object.fromEntries(request.headers), security));
      } catch (err) {
        throw new GraphQLError((err as Error).message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      }
    },
  };

  const runtime = createGatewayRuntime({
    supergraph,
    logging: "error",
    landingPage: false,
    graphiql: false,
    healthCheckEndpoint: "/health/live",
    readinessCheckEndpoint: "/health/ready",
    plugins: () => [identity],
    propagateHeaders: {
      async fromClientToSubgraphs({ context, subgraphName }: { context: object; subgraphName: string }) {
        const caller = identities.get(context);
        if (!caller) return {};
        const operationName = (context as { params?: { operationName?: string } }).params?.operationName ?? null;
        const token = await internalTokenFor(caller, subgraphName as SubgraphName, security, operationName);
        return { authorization: `Bearer ${token}`, "x-request-id": caller.requestId };
      },
    },
  });
  const port = Number(process.env.PEER_GATEWAY_PORT ?? 5010);
  http.createServer(runtime).listen(port, config.host, () => console.log(`peer gateway ready at http://${config.host}:${port}/graphql`));
}

main();
