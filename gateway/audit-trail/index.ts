import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../subgraphs/kit/federated-schema";
import { shieldSchema } from "../../subgraphs/kit/permissions";
import type { GatewayContext } from "../server";
import type { TrailClient } from "./trail-client";
import { trailContext } from "./trail.context";
import { DisclosureTrailResolver } from "./trail.resolver";
import { AuditChainStatusResolver } from "./chain.resolver";

/**
 * The disclosure trail across all five subgraphs, for the data protection officer: a small
 * subgraph that runs inside the gateway (each subgraph keeps its own log in its own schema;
 * only the gateway can speak to all of them for the caller). Composed into the supergraph
 * like the others; the kit's field guard (subgraphs/kit/permissions.ts) applies the same rules.
 */
export const AUDIT_TRAIL = "audit-trail";

let plain: GraphQLSchema | undefined;
let shielded: GraphQLSchema | undefined;

export function auditTrailSdlSchema(): GraphQLSchema {
  plain ??= buildFederatedSchema({ resolvers: [DisclosureTrailResolver, AuditChainStatusResolver], referenceResolvers: {} });
  return plain;
}

export function auditTrailSchema(): GraphQLSchema {
  shielded ??= shieldSchema(auditTrailSdlSchema(), { subgraph: AUDIT_TRAIL, rowAccess: {}, serviceFields: [] });
  return shielded;
}

/** Runs the trail's schema in the gateway process, with the kit's context built from the gateway's. */
export class AuditTrailDataSource extends LocalGraphQLDataSource<GatewayContext> {
  constructor(private readonly trail: TrailClient) {
    super(auditTrailSchema());
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const operationName = "incomingRequestContext" in options ? (options.incomingRequestContext.operationName ?? null) : null;
    return super.process({ ...options, context: trailContext(options.context as GatewayContext, this.trail, operationName) as never });
  }
}
