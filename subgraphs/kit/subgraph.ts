import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Config, SubgraphName } from "../../common/config";
import { ErrorCode } from "../../common/errors";
import { close, createGraphQLHttpServer, listen } from "../../common/http";
import type { SeedWorld } from "../../seed/world";
import type { SubgraphContext } from "./context.type";
import { buildFederatedSchema, type ReferenceResolvers } from "./federated-schema";

export type SeedProgress = (table: string, done: number, total: number) => void;

/** Everything that makes one subgraph; the kit turns it into a running service. */
export interface SubgraphDefinition<TServices = unknown, TLoaders = unknown> {
  name: SubgraphName;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
  createServices(dataSource: DataSource): TServices;
  createLoaders(services: TServices): TLoaders;
  /** Writes this subgraph's part of the synthetic world; must be idempotent. */
  seed(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void>;
}

export function defineSubgraph<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
): SubgraphDefinition<TServices, TLoaders> {
  return definition;
}

// type-graphql keeps its metadata globally and building is costly: one schema per definition.
const schemaCache = new WeakMap<SubgraphDefinition<never, never>, GraphQLSchema>();

export function subgraphSchema(definition: SubgraphDefinition<never, never>): GraphQLSchema {
  let schema = schemaCache.get(definition);
  if (!schema) {
    schema = buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: definition.referenceResolvers,
    });
    schemaCache.set(definition, schema);
  }
  return schema;
}

/** Unexpected failures reach clients as a generic message with a stable code; details go to the log. */
export function maskUnexpectedError(name: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const expected = !original || original instanceof GraphQLError;
    if (expected) return formatted;
    console.error(`[${name}] unexpected error`, original);
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
  /** Starts Apollo and listens; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds (without starting) the Apollo server and HTTP front of a subgraph. No side effects. */
export function createSubgraphApp<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
  dataSource: DataSource,
  config: Pick<Config, "env">,
): SubgraphApp {
  const schema = subgraphSchema(definition as SubgraphDefinition<never, never>);
  const services = definition.createServices(dataSource);
  const apollo = new ApolloServer<SubgraphContext<unknown, unknown>>({
    schema,
    // Subgraphs sit behind the gateway; their stack traces must never travel through it.
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== "production",
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: maskUnexpectedError(definition.name),
  });
  const httpServer = createGraphQLHttpServer({
    apollo,
    context: async ({ req }) => {
      const header = req.headers["x-request-id"];
      return {
        requestId: typeof header === "string" && header.length <= 128 ? header : randomUUID(),
        services,
        loaders: definition.createLoaders(services),
      };
    },
    ready: async () => {
      if (!dataSource.isInitialized) return false;
      await dataSource.query("SELECT 1");
      return true;
    },
  });
  let started = false;
  return {
    name: definition.name,
    schema,
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
