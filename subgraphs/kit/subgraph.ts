import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Config, SubgraphName } from "../../common/config";
import { AuthenticationError, ErrorCode } from "../../common/errors";
import { close, createGraphQLHttpServer, listen } from "../../common/http";
import type { SeedWorld } from "../../seed/world";
import type { RequestScope, SubgraphContext } from "./context.type";
import { buildFederatedSchema, type ReferenceResolvers } from "./federated-schema";
import { AUDIT_ENTITIES } from "./audit/audit.entity";
import { CreateAuditLog1764100000000 } from "./audit/audit.migration";
import { AuditWriter } from "./audit/audit-writer";
import { AuditLogReader } from "./audit/audit-log";
import { AuditTrailResolver } from "./audit/audit-trail.resolver";
import { AuditChainResolver } from "./audit/chain-status.resolver";
import { ChainStatusService } from "./audit/chain-status";
import { auditPlugin, LEDGER_GRACE_MS } from "./audit/plugin";
import { TxnLedger } from "./audit/ledger";
import { PeerClient, type PeerUrls } from "./peer";
import { shieldSchema, type RowAccessResolver } from "./permissions";
import type { ActionRule } from "../../common/policy/sharing-policy";
import { requestScope, type SubgraphSecurity } from "./security";
import { serviceLogger } from "../../common/logger";
import { subgraphMetrics } from "../../common/telemetry/metrics";
import { operationNamesFrom, outcomeAfter, telemetryPlugin } from "../../common/telemetry/operations";

export type SeedProgress = (table: string, done: number, total: number) => void;

/** Settings a subgraph's services may need, from the parsed configuration. */
export type ServiceOptions = Pick<Config, "statistics">;

export const DEFAULT_SERVICE_OPTIONS: ServiceOptions = { statistics: { threshold: 5, cacheSeconds: 300, waitMs: 1_500 } };

/** Everything that makes one subgraph; the kit turns it into a running service. */
export interface SubgraphDefinition<TServices = unknown, TLoaders = unknown> {
  name: SubgraphName;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
  createServices(dataSource: DataSource, options?: ServiceOptions): TServices;
  /** Per request: the loaders apply the caller's need-to-know filters in SQL. */
  createLoaders(services: TServices, scope: RequestScope): TLoaders;
  /** Types whose objects are rows under need-to-know, and how to find the caller's relationships to one. */
  rowAccess?: Readonly<Record<string, RowAccessResolver>>;
  /** `Type.field`s only the gateway itself may call. */
  serviceFields?: readonly string[];
  /** Each mutation and the policy action whose roles may call it. */
  actions?: Readonly<Record<string, ActionRule>>;
  /** `Type.field`s only another subgraph may call (peer calls on a user's behalf). */
  peerFields?: readonly string[];
  /** Writes this subgraph's part of the synthetic world; must be idempotent. */
  seed(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void>;
}

/** Every subgraph keeps its own audit log: the kit adds its tables and migration. */
export function defineSubgraph<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
): SubgraphDefinition<TServices, TLoaders> {
  return {
    ...definition,
    entities: [...(definition.entities as Function[]), ...AUDIT_ENTITIES],
    migrations: [...definition.migrations, CreateAuditLog1764100000000],
    resolvers: [...definition.resolvers, AuditTrailResolver, AuditChainResolver],
  };
}

// type-graphql keeps its metadata globally and building is costly: one schema per definition.
const schemaCache = new WeakMap<SubgraphDefinition<never, never>, { plain: GraphQLSchema; shielded: GraphQLSchema }>();

function schemas(definition: SubgraphDefinition<never, never>): { plain: GraphQLSchema; shielded: GraphQLSchema } {
  let built = schemaCache.get(definition);
  if (!built) {
    const plain = buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: definition.referenceResolvers,
    });
    const shielded = shieldSchema(plain, {
      subgraph: definition.name,
      rowAccess: definition.rowAccess ?? {},
      serviceFields: definition.serviceFields ?? [],
      actions: definition.actions ?? {},
      peerFields: definition.peerFields ?? [],
    });
    built = { plain, shielded };
    schemaCache.set(definition, built);
  }
  return built;
}

/** The schema a subgraph serves: federated, with the sharing policy's shield applied to every field. */
export function subgraphSchema(definition: SubgraphDefinition<never, never>): GraphQLSchema {
  return schemas(definition).shielded;
}

/** The same schema before the shield, for printing SDL only (composition); never served. */
export function subgraphSdlSchema(definition: SubgraphDefinition<never, never>): GraphQLSchema {
  return schemas(definition).plain;
}

/** The context a resolver sees for one request of a verified caller. Tests build it the same way. */
export function createRequestContext<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
  services: TServices,
  scope: RequestScope,
): SubgraphContext<TServices, TLoaders> {
  return { ...scope, services, loaders: definition.createLoaders(services, scope) };
}

/** Unexpected failures reach clients as a generic message with a stable code; details go to the log. */
export function maskUnexpectedError(name: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    // Ours carry a stable code; anything Apollo could only call INTERNAL_SERVER_ERROR (graphql-js
    // execution errors included: "Expected Iterable ...") is masked like a thrown exception.
    const expected = (!original || original instanceof GraphQLError) && formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (expected) return formatted;
    serviceLogger(name).error({ err: original, path: formatted.path }, "unexpected error");
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

export interface SubgraphApp {
  name: SubgraphName;
  schema: GraphQLSchema;
  apollo: ApolloServer<SubgraphContext<unknown, unknown>>;
  httpServer: http.Server;
  /** Which requests' disclosures are held to keep each recorded once (held until each request's deadline). */
  auditLedger: TxnLedger;
  /** Starts Apollo and listens; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds (without starting) the Apollo server and HTTP front of a subgraph. No side effects. */
export function createSubgraphApp<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
  dataSource: DataSource,
  config: Pick<Config, "env"> & Partial<ServiceOptions> & Partial<Pick<Config, "operations">>,
  security: SubgraphSecurity,
  /** Where the other subgraphs are, for peer calls. */
  peerUrls: PeerUrls,
): SubgraphApp {
  const schema = subgraphSchema(definition as SubgraphDefinition<never, never>);
  const services = definition.createServices(dataSource, { statistics: config.statistics ?? DEFAULT_SERVICE_OPTIONS.statistics });
  const auditLog = new AuditLogReader(dataSource, definition.name);
  const auditChain = new ChainStatusService(dataSource, definition.name);
  const peers = new PeerClient(security.peerSigner, peerUrls, undefined, definition.name);
  const metrics = subgraphMetrics(definition.name);
  const auditLedger = new TxnLedger({ graceMs: LEDGER_GRACE_MS });
  const apollo = new ApolloServer<SubgraphContext<unknown, unknown>>({
    schema,
    // Subgraphs sit behind the gateway; their stack traces must never travel through it.
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== "production",
    // No HTTP caching of answers that are per caller: the cache-control plugin would visit every field.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), outcomeAfter(auditPlugin(definition.name, new AuditWriter(dataSource), auditLedger)), telemetryPlugin(metrics, operationNamesFrom(config.operations?.manifestFile))],
    formatError: maskUnexpectedError(definition.name),
  });
  const httpServer = createGraphQLHttpServer({
    apollo,
    // Only the gateway's signed internal token, meant for this subgraph, gets in: no header a
    // client could set (x-user, x-agency, ...) is read, and `_entities`/`_service` need it too.
    context: async ({ req }) => {
      const header = req.headers.authorization;
      if (typeof header !== "string" || !header.startsWith("Bearer ")) {
        throw new AuthenticationError("This service answers the gateway only: no internal token.");
      }
      let identity;
      try {
        identity = await security.verifier.verify(header.slice("Bearer ".length).trim());
      } catch {
        throw new AuthenticationError("This service answers the gateway only: the internal token was refused.");
      }
      return { ...createRequestContext(definition, services, requestScope(identity, security.attestor, peers.forRequest(identity))), auditLog, auditChain };
    },
    logger: serviceLogger(definition.name),
    // Production: /metrics answers 404 here; the metrics listener (METRICS_PORT) serves them.
    telemetry: { metrics, exposeMetrics: config.env !== "production" },
    ready: async () => {
      if (!dataSource.isInitialized) return false;
      // A database that does not answer within 2 s makes the service unready, not the probe hang.
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("database check timed out")), 2_000).unref());
      await Promise.race([dataSource.query("SELECT 1"), timeout]);
      return true;
    },
  });
  let started = false;
  return {
    name: definition.name,
    schema,
    apollo,
    httpServer,
    auditLedger,
    async listen(port, host) {
      await apollo.start();
      started = true;
      return listen(httpServer, port, host);
    },
    async stop() {
      if (httpServer.listening) await close(httpServer);
      if (started) await apollo.stop();
      // Services that hold a connection of their own (the cases replicas' statistics renewal).
      await (services as { close?: () => Promise<void> }).close?.();
    },
  };
}
