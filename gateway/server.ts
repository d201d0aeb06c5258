import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError } from "graphql";
import type { Config, SubgraphName } from "../common/config";
import { close, createGraphQLHttpServer, listen } from "../common/http";

export interface GatewayContext extends BaseContext {
  requestId: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph is reached; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  env: Config["env"];
}

/** Carries the request id (and, later, the caller's identity) to every subgraph call. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ("requestId" in context && typeof context.requestId === "string") {
      request.http?.headers.set("x-request-id", context.requestId);
    }
  }
}

// The gateway's messages for a failed subgraph fetch name the subgraph URL, status and body.
const SUBGRAPH_DETAIL = /https?:\/\/\S+/g;

function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.response;
  delete extensions.exception;
  delete extensions.stacktrace;
  return { ...formatted, message: formatted.message.replace(SUBGRAPH_DETAIL, "[subgraph]"), extensions };
}

export interface GatewayApp {
  apollo: ApolloServer<GatewayContext>;
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the gateway (not started): the composed supergraph on Apollo Server, behind the lean HTTP front. */
export function createGatewayApp(options: GatewayOptions): GatewayApp {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SubgraphDataSource({ url });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.env !== "production",
    includeStacktraceInErrorResponses: options.env === "development",
    formatError: formatGatewayError,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled()],
  });
  const httpServer = createGraphQLHttpServer<GatewayContext>({
    apollo,
    context: async ({ req }) => {
      const header = req.headers["x-request-id"];
      return { requestId: typeof header === "string" && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID() };
    },
  });
  let started = false;
  return {
    apollo,
    httpServer,
    async listen(port, host) {
      await apollo.start();
      started = true;
      return listen(httpServer, port, host);
    },
    async stop() {
      if (httpServer.listening) await close(httpServer);
      if (started) await apollo.stop();
    },
  };
}
