import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer, HeaderMap, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Principal } from "../common/auth/principal";
import { PartnerTokenError } from "../common/auth/partner-token";
import { PURPOSE_HEADER, parsePurpose, type Purpose } from "../common/policy/purpose";
import type { Config, SubgraphName } from "../common/config";
import { AuthenticationError, ErrorCode } from "../common/errors";
import { close, createGraphQLHttpServer, listen, RequestRefusedError, requestIdOf } from "../common/http";
import { serviceLogger } from "../common/logger";
import { AUDIT_TRAIL, AuditTrailDataSource } from "./audit-trail";
import { TrailClient } from "./audit-trail/trail-client";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import fs from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { connectRedis, RedisKeyValueCache } from "./apq-cache";
import { clientErrors } from "./client-errors";
import { OperationLimits } from "./limits";
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore } from "./rate-limit";
import { isRetryable, SubgraphCallError, SubgraphClient } from "./subgraph-client";
import { OperationManifest, OperationSafelist } from "./safelist";
import type { GatewaySecurity } from "./security";
import type { WebFront } from "./web/web-front";
import { gatewayMetrics } from "../common/telemetry/metrics";
import { OperationNames, operationNamesFrom, telemetryPlugin } from "../common/telemetry/operations";
import { checkPartnerToken, countRefusal, countTokenFailure, observeSubgraphFetch } from "./telemetry";

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
  /** The request's deadline (epoch seconds): every internal token of the request expires then. */
  deadline: number;
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
  /** Requests a minute per address and per identity (default: none). */
  rateLimits?: GatewayRateLimits;
  /** Limits on each operation, checked before any subgraph is called (defaults: the configuration's). */
  limits?: Config["limits"];
  /** How long to wait for a subgraph (default 2 s). */
  subgraphTimeoutMs?: number;
  /** The web app and its sign-in, served beside `/graphql` (started once the port is bound). */
  web?: WebFront;
  /** The manifest's operation names: the only ones metrics name (default: none, all `unlisted`). */
  operationNames?: OperationNames;
}

const DEFAULT_LIMITS: Config["limits"] = { maxDepth: 12, maxAliases: 20, maxDirectives: 5, maxTokens: 3_000, maxCost: 20_000 };

/** In production, "Did you mean ...?" would map the schema for a stranger: graphql-armor masks it. */
function suggestionMasking(production: boolean) {
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: production },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxDepth: { enabled: false },
  }).protect().plugins;
}

export interface GatewayOperations {
  safelist: OperationSafelist;
  persistedQueries: { cache?: KeyValueCache<string>; ttlSeconds: number };
  rateLimits: GatewayRateLimits;
  /** The manifest's operation names, for metric labels. */
  operationNames: OperationNames;
  /** Closes what was opened (the Redis connection). */
  close(): Promise<void>;
}

export interface GatewayRateLimits {
  /** Before authentication, per client address. */
  perAddress: RateLimiter;
  /** After it, per partner identity (issuer and subject). */
  perIdentity: RateLimiter;
  /** Take the client address from X-Forwarded-For (behind a trusted proxy only). */
  trustProxy?: boolean;
}

/**
 * The safelist, persisted-query cache and rate limits the configuration asks for. The manifest is
 * loaded when it exists (its ids then resolve in every mode) and must exist under `enforce`.
 * With REDIS_URL, one Redis connection carries the cache and the limits of every replica.
 */
export function gatewayOperations(config: Pick<Config, "operations" | "rateLimits">): GatewayOperations {
  const { safelist: mode, manifestFile, redisUrl, apqTtlSeconds } = config.operations;
  const manifest = mode === "enforce" || fs.existsSync(manifestFile) ? OperationManifest.load(manifestFile) : null;
  const redis = redisUrl ? connectRedis(redisUrl) : null;
  const store = redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore();
  return {
    safelist: new OperationSafelist(mode, manifest),
    persistedQueries: { cache: redis ? new RedisKeyValueCache(redis, "dovetail:apq:") : undefined, ttlSeconds: apqTtlSeconds },
    rateLimits: {
      perAddress: new RateLimiter(store, config.rateLimits.perAddressPerMinute, "from this address"),
      perIdentity: new RateLimiter(store, config.rateLimits.perIdentityPerMinute, "for this user"),
      trustProxy: config.rateLimits.trustProxy,
    },
    operationNames: manifest ? operationNamesFrom(manifestFile) : OperationNames.NONE,
    close: async () => redis?.disconnect(),
  };
}

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string" && forwarded.trim() !== "") return forwarded.split(",")[0]!.trim();
  return req.socket.remoteAddress ?? "unknown";
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Speaks for the verified caller to each subgraph: a short-lived token signed for that subgraph
 * alone. The gateway's own data source (no fetch Request, Headers or node-fetch objects per call),
 * so a subgraph call is a JSON body, two headers and one keep-alive HTTP request.
 */
class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly client: SubgraphClient;

  constructor(
    private readonly subgraph: SubgraphName,
    url: string,
    private readonly security: GatewaySecurity,
    timeoutMs: number,
  ) {
    this.client = new SubgraphClient(subgraph, url, timeoutMs);
  }

  close(): void {
    this.client.close();
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error("Missing query");
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if ("principal" in context && context.principal) {
      const gatewayContext = context as GatewayContext;
      const operationName = "incomingRequestContext" in options ? (options.incomingRequestContext.operationName ?? null) : null;
      headers.authorization = `Bearer ${await internalTokenFor(gatewayContext, this.subgraph, this.security, operationName)}`;
      headers["x-request-id"] = gatewayContext.requestId;
    }
    const body = JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables, extensions: request.extensions });
    const retryable = isRetryable(request.query);
    const answer = await observeSubgraphFetch(this.subgraph, request.operationName, headers, () => this.client.post(body, headers, retryable));
    const parsed = answer.contentType.includes("json") ? parseJson(answer.text) : answer.text;
    if (answer.status < 200 || answer.status > 299) {
      // A load balancer's 502/503/504 (a replica died with the call in flight, or none is up) is
      // no answer from the subgraph: unavailable, as when the connection fails (retryable).
      if (PROXY_FAILURES.has(answer.status) && !isGraphQLAnswer(parsed)) throw new SubgraphCallError(`The ${this.subgraph} service is unavailable.`);
      // The shape the gateway's own data source gives: formatGatewayError masks it for clients.
      throw new GraphQLError(`${answer.status}: ${answer.statusText}`, { extensions: { response: { status: answer.status, statusText: answer.statusText, body: parsed } } });
    }
    if (parsed === null || typeof parsed !== "object") throw new GraphQLError(`The ${this.subgraph} service answered without a JSON body.`);
    return parsed as GatewayGraphQLResponse;
  }
}

const PROXY_FAILURES = new Set([502, 503, 504]);

function isGraphQLAnswer(body: unknown): boolean {
  return typeof body === "object" && body !== null && ("errors" in body || "data" in body);
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>["process"]>>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The caller's internal token for one subgraph: signed on first use, once per request. */
export function internalTokenFor(context: GatewayContext, subgraph: SubgraphName, security: GatewaySecurity, operationName: string | null): Promise<string> {
  let token = context.internalTokens.get(subgraph);
  if (!token) {
    token = security.signer.sign(subgraph, {
      caller: { kind: "user", principal: context.principal },
      requestId: context.requestId,
      txn: context.txn,
      purpose: context.purpose,
      purposeProblem: context.purposeProblem,
      operationName,
      deadline: context.deadline,
    });
    context.internalTokens.set(subgraph, token);
  }
  return token;
}

// The gateway's messages for a failed subgraph fetch name the subgraph URL, status and body.
const SUBGRAPH_DETAIL = /https?:\/\/\S+/g;

/**
 * What a client may learn of a failure: a message and a code. A subgraph's HTTP failure (its
 * status, status text, URL and body, which the gateway puts in `extensions.response` and in the
 * message) becomes a generic internal error; stacks and exceptions never leave.
 */
function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  const httpFailure = extensions.response !== undefined || HTTP_STATUS_MESSAGE.test(formatted.message);
  const retry = retryHintOf(extensions.response);
  if (retry) return { ...retry, ...(formatted.path ? { path: formatted.path } : {}) };
  delete extensions.response;
  delete extensions.exception;
  delete extensions.stacktrace;
  delete extensions.serviceName;
  if (httpFailure) return { ...formatted, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  return { ...formatted, message: formatted.message.replace(SUBGRAPH_DETAIL, "[subgraph]"), extensions };
}

/**
 * A subgraph that is busy says so with HTTP 503 and its own SERVICE_UNAVAILABLE error carrying
 * `retryAfterSeconds` (statistics still being computed). That hint is for the client: it passes,
 * with the subgraph's message, and nothing else of the response does.
 */
function retryHintOf(response: unknown): GraphQLFormattedError | null {
  const { status, body } = (response ?? {}) as { status?: unknown; body?: { errors?: { message?: unknown; extensions?: { code?: unknown; retryAfterSeconds?: unknown } }[] } };
  const first = status === 503 && typeof body === "object" && body !== null ? body.errors?.[0] : undefined;
  const seconds = first?.extensions?.retryAfterSeconds;
  if (first?.extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE || typeof seconds !== "number" || typeof first.message !== "string") return null;
  return { message: first.message.replace(SUBGRAPH_DETAIL, "[subgraph]"), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: seconds } };
}

// The gateway's message for a subgraph's HTTP error: "500: Internal Server Error".
const HTTP_STATUS_MESSAGE = /^\d{3}: /;

function bearerToken(headers: http.IncomingHttpHeaders): string {
  const header = headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match) {
    countTokenFailure("missing");
    throw new AuthenticationError("Authentication required: send `Authorization: Bearer <token>`.");
  }
  return match[1]!;
}

/**
 * Identity at the edge: the partner's token is verified, then completed with the agency's kind,
 * region and active agreements. Any failure answers HTTP 401 before anything is resolved.
 */
export async function authenticate(headers: http.IncomingHttpHeaders, security: GatewaySecurity, limits?: GatewayRateLimits): Promise<GatewayContext> {
  const idHeader = headers["x-request-id"];
  const requestId = typeof idHeader === "string" && REQUEST_ID.test(idHeader) ? idHeader : randomUUID();
  const token = bearerToken(headers);
  let identity;
  try {
    identity = await checkPartnerToken(security.partnerTokens, token);
  } catch (err) {
    const reason = err instanceof PartnerTokenError ? err.message : "verification failed";
    throw new AuthenticationError(`Invalid bearer token: ${reason}.`);
  }
  if (limits) await limitIdentity(limits.perIdentity, `${identity.issuer}|${identity.sub}`);
  const profile = await security.profiles.get(identity.agencyId, requestId);
  if (!profile) {
    countTokenFailure("unregistered_agency");
    throw new AuthenticationError(`Invalid bearer token: agency ${identity.agencyId} is not registered.`);
  }
  const header = headers[PURPOSE_HEADER];
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
    deadline: security.signer.deadline(),
  };
}

async function subgraphsReady(urls: Record<SubgraphName, string>): Promise<{ ready: boolean; details: Record<string, unknown> }> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(url.replace(/\/graphql$/, "/health/ready"), { signal: AbortSignal.timeout(1_000) });
        return [name, res.ok ? "ready" : "unavailable"] as const;
      } catch {
        return [name, "unreachable"] as const;
      }
    }),
  );
  return { ready: entries.every(([, state]) => state === "ready"), details: { subgraphs: Object.fromEntries(entries) } };
}

/** The identity's rate, inside Apollo's context: refused as a GraphQL error with HTTP 429 and Retry-After. */
async function limitIdentity(limiter: RateLimiter, key: string): Promise<void> {
  try {
    await limiter.check(`id:${key}`);
  } catch (err) {
    if (!(err instanceof RequestRefusedError)) throw err;
    countRefusal(err, "identity");
    throw new GraphQLError(err.message, {
      extensions: { code: err.code, ...err.extensions, http: { status: err.status, headers: new HeaderMap(Object.entries(err.headers)) } },
    });
  }
}

export interface GatewayApp {
  apollo: ApolloServer<GatewayContext>;
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the gateway (not started): the composed supergraph on Apollo Server, behind the lean HTTP front. */
export function createGatewayApp(options: GatewayOptions): GatewayApp {
  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      if (name === AUDIT_TRAIL) return new AuditTrailDataSource(new TrailClient(options.subgraphUrls, options.security.signer));
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      const source = new SubgraphDataSource(name as SubgraphName, url, options.security, options.subgraphTimeoutMs ?? 2_000);
      dataSources.push(source);
      return source;
    },
  });
  const production = options.env === "production";
  // Limits are checked on the request itself (admit, below), before authentication calls anything.
  const limits = new OperationLimits(Supergraph.build(options.supergraphSdl).apiSchema().toGraphQLJSSchema(), options.limits ?? DEFAULT_LIMITS, { masked: production });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Explicit, from the mode: not left to Apollo's reading of NODE_ENV.
    introspection: !production,
    includeStacktraceInErrorResponses: options.env === "development",
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatGatewayError,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginCacheControlDisabled(), ...suggestionMasking(production), clientErrors<GatewayContext>(production), telemetryPlugin<GatewayContext>(gatewayMetrics(), options.operationNames ?? OperationNames.NONE)],
    persistedQueries: {
      ...(options.persistedQueries?.cache ? { cache: options.persistedQueries.cache } : {}),
      ttl: options.persistedQueries?.ttlSeconds ?? null,
    },
  });
  const safelist = options.safelist;
  const web = options.web;
  const httpServer = createGraphQLHttpServer<GatewayContext>({
    apollo,
    context: ({ req }) => authenticate(req.headers, options.security, options.rateLimits),
    admit: async (request, req) => {
      // Cheapest first: the address's rate, the safelist (which resolves ids), then the limits;
      // all before authentication, planning or any subgraph call.
      try {
        if (options.rateLimits) await options.rateLimits.perAddress.check(`ip:${clientAddress(req, options.rateLimits.trustProxy ?? false)}`);
        return limits.admit(safelist ? safelist.admit(request) : request, requestIdOf(req));
      } catch (err) {
        countRefusal(err, "address");
        throw err;
      }
    },
    logger: serviceLogger("gateway"),
    // Ready when every subgraph is (each checks its own database).
    ready: () => subgraphsReady(options.subgraphUrls),
    routes: web && ((req, res, url) => web.handle(req, res, url)),
    // Production: /metrics answers 404 here; the metrics listener (METRICS_PORT) serves them.
    telemetry: { metrics: gatewayMetrics(), exposeMetrics: !production },
  });
  let started = false;
  return {
    apollo,
    httpServer,
    async listen(port, host) {
      await apollo.start();
      started = true;
      const bound = await listen(httpServer, port, host);
      web?.start(bound);
      return bound;
    },
    async stop() {
      if (httpServer.listening) await close(httpServer);
      if (started) await apollo.stop();
      for (const source of dataSources) source.close();
    },
  };
}
