import { randomBytes } from "node:crypto";
import { Attestor } from "../../common/auth/attestation";
import type { InternalIdentity } from "../../common/auth/internal-token";
import { Access } from "../../common/policy/access";
import { AuditCollector } from "../../subgraphs/kit/audit/collector";
import { NO_PEERS } from "../../subgraphs/kit/peer";
import type { SubgraphContext } from "../../subgraphs/kit/context.type";
import type { GatewayContext } from "../server";
import type { TrailClient } from "./trail-client";

/** The audit-trail subgraph's context: the kit's (so the same shield rules apply) plus the fan-out client. */
export interface TrailContext extends SubgraphContext<Record<string, never>, Record<string, never>> {
  identity: InternalIdentity;
  trail: TrailClient;
}

// The trail attests nothing; the kit's context type wants an attestor all the same.
const unusedAttestor = new Attestor(randomBytes(32));

export function trailContext(gateway: GatewayContext, trail: TrailClient, operationName: string | null): TrailContext {
  const identity: InternalIdentity = {
    caller: { kind: "user", principal: gateway.principal },
    requestId: gateway.requestId,
    txn: gateway.txn,
    purpose: gateway.purpose,
    purposeProblem: gateway.purposeProblem,
    operationName,
    deadline: gateway.deadline,
  };
  return {
    requestId: gateway.requestId,
    txn: gateway.txn,
    deadline: gateway.deadline * 1000,
    caller: identity.caller,
    access: new Access(gateway.principal, undefined, gateway.purpose),
    attestor: unusedAttestor,
    purpose: gateway.purpose,
    purposeProblem: gateway.purposeProblem,
    operationName,
    audit: new AuditCollector(),
    via: null,
    peers: NO_PEERS,
    services: {},
    loaders: {},
    identity,
    trail,
  };
}
