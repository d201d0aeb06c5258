import path from "node:path";
import { Attestor } from "../../common/auth/attestation";
import { InternalTokenVerifier, PeerTokenSigner, type InternalIdentity } from "../../common/auth/internal-token";
import { KEY_LAYOUT, loadPublicKey, loadSecret } from "../../common/auth/keys";
import type { AuthConfig, SubgraphName } from "../../common/config";
import { AgencyKind, Region } from "../../common/domain";
import { Access } from "../../common/policy/access";
import { AuditCollector } from "./audit/collector";
import { NO_PEERS, type Peers } from "./peer";
import type { RequestScope } from "./context.type";

/** What a subgraph needs to trust the gateway and its sibling subgraphs, and to call them. */
export interface SubgraphSecurity {
  verifier: InternalTokenVerifier;
  attestor: Attestor;
  peerSigner: PeerTokenSigner;
}

export function attestationSecret(auth: Pick<AuthConfig, "attestationSecret" | "keysDir" | "createKeys">): Buffer {
  if (auth.attestationSecret) return Buffer.from(auth.attestationSecret, "utf8");
  return loadSecret(path.join(auth.keysDir, KEY_LAYOUT.attestation), auth.createKeys);
}

/** Reads (and in development creates) the gateway's public key and the attestation secret. */
export function loadSubgraphSecurity(auth: AuthConfig, subgraph: SubgraphName): SubgraphSecurity {
  const publicKey = loadPublicKey(path.join(auth.keysDir, KEY_LAYOUT.internal), "ed25519", auth.createKeys);
  const secret = attestationSecret(auth);
  return {
    verifier: new InternalTokenVerifier(publicKey, subgraph, secret),
    attestor: new Attestor(secret),
    peerSigner: new PeerTokenSigner(secret, subgraph),
  };
}

/** A service caller gets an Access that grants no data at all; service-only fields check the caller kind. */
const NOBODY = { sub: "service:gateway", issuer: "dovetail-gateway", agencyId: "", agencyKind: AgencyKind.OTHER, region: Region.LONDON, roles: [], grants: [] };

export function requestScope(identity: InternalIdentity, attestor: Attestor, peers: Peers = NO_PEERS): RequestScope {
  const principal = identity.caller.kind === "user" ? identity.caller.principal : NOBODY;
  return {
    requestId: identity.requestId,
    txn: identity.txn,
    // Tokens always carry one (exp is required); the fallback is for identities built in-process.
    deadline: identity.deadline !== undefined ? identity.deadline * 1000 : Date.now() + 60_000,
    caller: identity.caller,
    access: new Access(principal, undefined, identity.purpose ?? null),
    attestor,
    purpose: identity.purpose ?? null,
    purposeProblem: identity.purposeProblem ?? null,
    operationName: identity.operationName ?? null,
    audit: new AuditCollector(),
    via: identity.via ?? null,
    peers,
  };
}
