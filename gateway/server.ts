import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError } from "graphql";
import type { Principal } from "../common/auth/principal";
import { PartnerTokenError } from "../common/auth/partner-token";
import { PURPOSE_HEADER, parsePurpose, type Purpose } from "../common/policy/purpose";
import type { Config, SubgraphName } from "../common/config";
import { AuthenticationError } from "../common/errors";
import { close, createGraphQLHttpServer, listen, type HttpContextArgs } from "../common/http";
import { AUDIT_TRAIL, AuditTrailDataSource } from "./audit-trail";
import { TrailClient } from "./audit-trail/trail-client";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import fs from "node:fs";
import { RedisKeyValueCache } from "./apq-cache";
import { OperationManifest, OperationSafelist } from "./safelist";
import type { GatewaySecurity } from "./security";

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** Unique per request and never client-chosen: subgraph attestations are bound to it. */
  txn: string;
  principal: Principal;
  purpose: Purpose | null;
  /** Why a stated purpose was refused (null when none was stated). */
  purposeProblem: string | null;
  /** One internal token per subgraph per request, signed on first use. */
  internalTokens: Map<string, Promise<string>>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph is reached; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  env: Config["env"];
  security: GatewaySecurity;
  /** Which operations run (default: all). */
  safelist?: OperationSafelist;
  /** Automatic persisted queries: where they are cached (default: in memory) and for how long. */
  persistedQueries?: { cache?: KeyValueCache<string>; ttlSeconds?: number };
}

export interface GatewayOperations {
  safelist: OperationSafelist;
  persistedQueries: { cache?: KeyValueCache<string>; ttlSeconds: number };
  /** Closes what was opened (the Redis connection). */
  close(): Promise<void>;
}

/**
 * The safelist and persisted-query cache the configuration asks for. The manifest is loaded when
 * it exists (its ids then resolve in every mode) and must exist under `enforce`.
 */
export function gatewayOperations(config: Pick<Config, "operations">): GatewayOperations {
  const { safelist: mode, manifestFile, redisUrl, apqTtlSeconds } = config.operations;
  const manifest = mode === "enforce" || fs.existsSync(manifestFile) ? OperationManifest.load(manifestFile) : null;
  const cache = redisUrl ? RedisKeyValueCache.connect(redisUrl, "dovetail:apq:") : undefined;
  return {
    safelist: new OperationSafelist(mode, manifest),
    persistedQueries: { cache, ttlSeconds: apqTtlSeconds },
    close: async () => cache?.close(),
  };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Speaks for the verified caller to each subgraph: a short-lived token signed for that subgraph alone. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: SubgraphName,
    url: string,
    private readonly security: GatewaySecurity,
  ) {
    super({ url });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { request, context } = options;
    if (!("principal" in context) || !context.principal) return;
    let token = context.internalTokens.get(this.subgraph);
    if (!token) {
      const operationName = "incomingRequestContext" in options ? (options.incomingRequestContext.operationName ?? null) : null;
      token = this.security.signer.sign(this.subgraph, {
        caller: { kind: "user", principal: context.principal },
        requestId: context.requestId,
        txn: context.txn,
        purpose: context.purpose,
        purposeProblem: context.purposeProblem,
        operationName,
      });
      context.internalTokens.set(this.subgraph, token);
    }
    request.http?.headers.set("authorization", `Bearer ${await token}`);
    request.http?.headers.set("x-request-id", context.requestId);
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

function bearerToken(req: http.IncomingMessage): string {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match) throw new AuthenticationError("Authentication required: send `Authorization: Bearer <token>`.");
  return match[1]!;
}

/**
 * Identity at the edge: the partner's token is verified, then completed with the agency's kind,
 * region and active agreements. Any failure answers HTTP 401 before anything is resolved.
 */
async function authenticate({ req }: HttpContextArgs, security: GatewaySecurity): Promise<GatewayContext> {
  const idHeader = req.headers["x-request-id"];
  const requestId = typeof idHeader === "string" && REQUEST_ID.test(idHeader) ? idHeader : randomUUID();
  const token = bearerToken(req);
  let identity;
  try {
    identity = await security.partnerTokens.verify(token);
  } catch (err) {
    const reason = err instanceof PartnerTokenError ? err.message : "verification failed";
    throw new AuthenticationError(`Invalid bearer token: ${reason}.`);
  }
  const profile = await security.profiles.get(identity.agencyId, requestId);
  if (!profile) throw new AuthenticationError(`Invalid bearer token: agency ${identity.agencyId} is not registered.`);
  const header = req.headers[PURPOSE_HEADER];
  const stated = parsePurpose(Array.isArray(header) ? header.join(";") : header);
  return {
    requestId,
    txn: randomUUID(),
    purpose: stated.purpose,
    purposeProblem: stated.purpose ? null : stated.problem,
    principal: {
      sub: identity.sub,
      issuer: identity.issuer,
      agencyId: profile.agencyId,
      agencyKind: profile.kind,
      region: profile.region,
      roles: identity.roles,
      grants: profile.grants,
      qaCaseIds: profile.qaCaseIds,
    },
    internalTokens: new Map(),
  };
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
      if (name === AUDIT_TRAIL) return new AuditTrailDataSource(new TrailClient(options.subgraphUrls, options.security.signer));
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SubgraphDataSource(name as SubgraphName, url, options.security);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.env !== "production",
    includeStacktraceInErrorResponses: options.env === "development",
    formatError: formatGatewayError,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled()],
    persistedQueries: {
      ...(options.persistedQueries?.cache ? { cache: options.persistedQueries.cache } : {}),
      ttl: options.persistedQueries?.ttlSeconds ?? null,
    },
  });
  const safelist = options.safelist;
  const httpServer = createGraphQLHttpServer<GatewayContext>({
    apollo,
    context: (args) => authenticate(args, options.security),
    admit: safelist ? (request) => safelist.admit(request) : undefined,
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
