import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchemaSync, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";

type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;
type ResolverMap = NonNullable<SubgraphModule["resolvers"]>;

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible"])';

/** `__resolveReference` per entity type name, merged into the type-graphql resolver map. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
}

/**
 * type-graphql has no Federation 2 output of its own: build its schema unchecked, print it with
 * the `@key` directives the classes carry, put the federation `@link` in front, and let
 * `@apollo/subgraph` build the real subgraph schema (adding `_entities` and `_service`).
 */
export function buildFederatedSchema(options: FederatedSchemaOptions): GraphQLSchema {
  // A field that is a plain property reads it (graphql's default resolver): type-graphql's own
  // per-field resolver would run the (empty) middleware chain for every field of every row. The
  // project has no global middlewares and no auth checker, so nothing is skipped but that.
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  const schema = buildSchemaSync({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference } as ResolverMap[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
