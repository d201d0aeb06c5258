import type { Attestor } from "../../common/auth/attestation";
import type { InternalCaller } from "../../common/auth/internal-token";
import type { Access } from "../../common/policy/access";
import type { Purpose } from "../../common/policy/purpose";
import type { AuditLogReader } from "./audit/audit-log";
import type { ChainStatusService } from "./audit/chain-status";
import type { AuditCollector } from "./audit/collector";
import type { Peers } from "./peer";
import type { SubgraphName } from "../../common/config";

/** What a subgraph knows about the request once the gateway's internal token is verified. */
export interface RequestScope {
  requestId: string;
  /** Unique per gateway request; attestations are bound to it. */
  txn: string;
  /** When the request's last call can arrive (epoch ms): its internal token's expiry. */
  deadline: number;
  caller: InternalCaller;
  /** The sharing policy evaluated for this caller (grants nothing to a service caller). */
  access: Access;
  attestor: Attestor;
  /** The purpose the request stated; personal data and above are withheld without one. */
  purpose: Purpose | null;
  /** Why a stated purpose was refused (null when none was stated). */
  purposeProblem: string | null;
  /** The client's operation name, for disclosure records. */
  operationName: string | null;
  /**
   * What this request disclosed, written when it ends. A change records what it collects or
   * alters in its own transaction instead (recordedTransaction), never here.
   */
  audit: Omit<AuditCollector, "note">;
  /** The subgraph that called on the caller's behalf (a peer call); null when the gateway did. */
  via: SubgraphName | null;
  /** Calls to other subgraphs on the caller's behalf. */
  peers: Peers;
}

/** What every subgraph resolver receives: services (stateless, per process) and loaders (per request). */
export interface SubgraphContext<TServices, TLoaders> extends RequestScope {
  services: TServices;
  loaders: TLoaders;
  /** This subgraph's audit log, for the trail (set by the served app). */
  auditLog?: AuditLogReader;
  /** This subgraph's audit chain, verified on demand for the chain status (set by the served app). */
  auditChain?: ChainStatusService;
}
