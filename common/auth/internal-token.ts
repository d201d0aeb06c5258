import { sign as cryptoSign, type KeyObject } from "node:crypto";
import { SignJWT, decodeProtectedHeader, jwtVerify } from "jose";
import { z } from "zod";
import { SUBGRAPH_NAMES, type SubgraphName } from "../config";
import { AgencyKind, PractitionerRole, Region } from "../domain";
import { PURPOSES, type Purpose } from "../policy/purpose";
import { CATEGORIES } from "../policy/vocabulary";
import type { Principal } from "./principal";

/**
 * The gateway's word to a subgraph about who is asking. Signed by the gateway (Ed25519) for one
 * subgraph (the audience) and one request, valid for seconds; subgraphs hold only the public key.
 */
export const INTERNAL_ISSUER = "dovetail-gateway";
export const INTERNAL_ALGORITHM = "EdDSA";

export function internalAudience(subgraph: SubgraphName): string {
  return `dovetail-subgraph:${subgraph}`;
}

export type InternalCaller =
  | { kind: "user"; principal: Principal }
  /** The gateway itself, e.g. reading an agency's access profile. */
  | { kind: "service"; service: "gateway" };

export interface InternalIdentity {
  caller: InternalCaller;
  /** The request id, carried into logs (may come from the client). */
  requestId: string;
  /** Unique per gateway request and never client-chosen: attestations are bound to it. */
  txn: string;
  /** The purpose the request stated (`x-purpose`), null if none or invalid. */
  purpose?: Purpose | null;
  /** Why the stated purpose was refused, for the error message; null when none was stated. */
  purposeProblem?: string | null;
  /** The client's operation name, for the disclosure record. */
  operationName?: string | null;
  /** Set when another subgraph makes the call on the caller's behalf (a peer call). */
  via?: SubgraphName | null;
  /**
   * The request's deadline (epoch seconds): the expiry of every token of the request, the
   * gateway's and the peer calls' alike, so nothing can call for the request after it (within
   * the verifier's clock tolerance). Set by the gateway once per request; read from `exp`.
   */
  deadline?: number;
}

/** Seconds of clock skew the verifier tolerates on `exp` and `iat`: a request's calls end this long after its deadline. */
export const INTERNAL_CLOCK_TOLERANCE_SECONDS = 5;

const SERVICE_SUBJECT = "service:gateway";

/** The claims that carry an identity from one service to another. */
function identityClaims(identity: InternalIdentity): Record<string, unknown> {
  const { caller } = identity;
    const claims =
      caller.kind === "service"
        ? { svc: caller.service }
        : {
            piss: caller.principal.issuer,
            agency: caller.principal.agencyId,
            akind: caller.principal.agencyKind,
            region: caller.principal.region,
            roles: caller.principal.roles,
            grants: caller.principal.grants.map((g) => ({ p: g.partnerAgencyId, c: g.categories })),
            ...(caller.principal.qaCaseIds?.length ? { qa: caller.principal.qaCaseIds } : {}),
          };
  const purpose = identity.purpose ? { r: identity.purpose.reason, c: identity.purpose.caseReference, p: identity.purpose.personId } : undefined;
  return {
    ...claims,
    rid: identity.requestId,
    txn: identity.txn,
    ...(purpose ? { pur: purpose } : {}),
    ...(identity.purposeProblem ? { purx: identity.purposeProblem } : {}),
    ...(identity.operationName ? { op: identity.operationName } : {}),
  };
}

function subjectOf(identity: InternalIdentity): string {
  return identity.caller.kind === "service" ? SERVICE_SUBJECT : identity.caller.principal.sub;
}

export class InternalTokenSigner {
  constructor(
    private readonly privateKey: KeyObject,
    private readonly ttlSeconds: number,
  ) {}

  /** A deadline for a request starting now (epoch seconds): every token of the request expires then. */
  deadline(now = Date.now()): number {
    return Math.floor(now / 1000) + this.ttlSeconds;
  }

  /**
   * A compact JWS (RFC 7515) with the same header and claims jose's SignJWT writes, signed with
   * Ed25519 by Node's crypto directly: the gateway signs one per subgraph call, and the builder's
   * own work cost a third as much again as the signature. Verified by jose, as before.
   */
  sign(subgraph: SubgraphName, identity: InternalIdentity): Promise<string> {
    try {
      const claims = {
        ...identityClaims(identity),
        iss: INTERNAL_ISSUER,
        aud: internalAudience(subgraph),
        sub: subjectOf(identity),
        iat: Math.floor(Date.now() / 1000),
        exp: identity.deadline ?? this.deadline(),
      };
      const input = `${INTERNAL_HEADER}.${Buffer.from(JSON.stringify(claims), "utf8").toString("base64url")}`;
      return Promise.resolve(`${input}.${cryptoSign(null, Buffer.from(input, "utf8"), this.privateKey).toString("base64url")}`);
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }
}

/** The protected header of every internal token, encoded once. */
const INTERNAL_HEADER = Buffer.from(JSON.stringify({ alg: INTERNAL_ALGORITHM, typ: "JWT" }), "utf8").toString("base64url");

/**
 * A subgraph calling another on the caller's behalf (to check that a referenced agency, person
 * or case exists, or that the caller chairs a case): the same identity, passed on with an HMAC
 * under the secret only the subgraphs share. The receiving subgraph applies its own rules to
 * that identity, as for a call from the gateway.
 */
export const PEER_ISSUER_PREFIX = "dovetail-peer:";
const PEER_ALGORITHM = "HS256";

export class PeerTokenSigner {
  constructor(
    private readonly secret: Uint8Array,
    private readonly from: SubgraphName,
    private readonly ttlSeconds = 30,
  ) {}

  sign(to: SubgraphName, identity: InternalIdentity): Promise<string> {
    if (identity.caller.kind !== "user") throw new InternalTokenError("peer calls carry a user's identity");
    // Never beyond the request's own deadline: a peer call belongs to the request that made it.
    const own = Math.floor(Date.now() / 1000) + this.ttlSeconds;
    return new SignJWT(identityClaims(identity))
      .setProtectedHeader({ alg: PEER_ALGORITHM, typ: "JWT" })
      .setIssuer(`${PEER_ISSUER_PREFIX}${this.from}`)
      .setAudience(internalAudience(to))
      .setSubject(subjectOf(identity))
      .setIssuedAt()
      .setExpirationTime(identity.deadline === undefined ? own : Math.min(own, identity.deadline))
      .sign(this.secret);
  }
}

const userClaims = z.object({
  sub: z.string().min(1).max(200),
  piss: z.string().min(1).max(500),
  agency: z.string().min(1).max(64),
  akind: z.enum(AgencyKind),
  region: z.enum(Region),
  roles: z.array(z.enum(PractitionerRole)).max(20),
  grants: z.array(z.object({ p: z.string().min(1).max(64), c: z.array(z.enum(CATEGORIES)).max(20) })).max(500),
  qa: z.array(z.string().min(1).max(36)).max(500).optional(),
  rid: z.string().min(1).max(128),
  txn: z.string().min(1).max(64),
  pur: z.object({ r: z.enum(PURPOSES), c: z.string().max(32).optional(), p: z.string().max(64).optional() }).optional(),
  purx: z.string().max(300).optional(),
  op: z.string().max(200).optional(),
});
const serviceClaims = z.object({ sub: z.literal(SERVICE_SUBJECT), svc: z.literal("gateway"), rid: z.string().min(1).max(128), txn: z.string().min(1).max(64) });

export class InternalTokenError extends Error {}

export class InternalTokenVerifier {
  private readonly audience: string;

  constructor(
    private readonly publicKey: KeyObject,
    private readonly subgraph: SubgraphName,
    /** The subgraphs' shared secret: accepts peer calls from another subgraph when given. */
    private readonly peerSecret?: Uint8Array,
  ) {
    this.audience = internalAudience(subgraph);
  }

  /**
   * Throws InternalTokenError for anything but a current token the gateway signed for this
   * subgraph (EdDSA, gateway key) or, when peers are trusted, one another subgraph signed for it
   * (HS256, the subgraphs' secret). The algorithm picks the key; nothing else is accepted.
   */
  async verify(token: string): Promise<InternalIdentity> {
    let payload: Record<string, unknown>;
    let via: SubgraphName | null = null;
    try {
      const alg = decodeProtectedHeader(token).alg;
      if (alg === PEER_ALGORITHM && this.peerSecret) {
        ({ payload } = await jwtVerify(token, this.peerSecret, {
          audience: this.audience,
          algorithms: [PEER_ALGORITHM],
          requiredClaims: ["exp", "iat", "sub", "iss"],
          clockTolerance: INTERNAL_CLOCK_TOLERANCE_SECONDS,
          maxTokenAge: "2m",
        }));
        const from = String(payload.iss).slice(PEER_ISSUER_PREFIX.length);
        if (!String(payload.iss).startsWith(PEER_ISSUER_PREFIX) || !(SUBGRAPH_NAMES as readonly string[]).includes(from) || from === this.subgraph) {
          throw new InternalTokenError("unknown peer");
        }
        via = from as SubgraphName;
      } else {
        ({ payload } = await jwtVerify(token, this.publicKey, {
          issuer: INTERNAL_ISSUER,
          audience: this.audience,
          algorithms: [INTERNAL_ALGORITHM],
          requiredClaims: ["exp", "iat", "sub"],
          clockTolerance: INTERNAL_CLOCK_TOLERANCE_SECONDS,
          maxTokenAge: "5m",
        }));
      }
    } catch (err) {
      throw new InternalTokenError(`internal token rejected: ${(err as Error).message}`);
    }
    if (via !== null && payload.svc !== undefined) throw new InternalTokenError("peer calls carry a user's identity");
    if (payload.svc !== undefined) {
      const service = serviceClaims.safeParse(payload);
      if (!service.success) throw new InternalTokenError("internal token has malformed service claims");
      return { caller: { kind: "service", service: "gateway" }, requestId: service.data.rid, txn: service.data.txn, deadline: payload.exp as number };
    }
    const user = userClaims.safeParse(payload);
    if (!user.success) throw new InternalTokenError("internal token has malformed claims");
    const u = user.data;
    return {
      caller: {
        kind: "user",
        principal: {
          sub: u.sub,
          issuer: u.piss,
          agencyId: u.agency,
          agencyKind: u.akind,
          region: u.region,
          roles: u.roles,
          grants: u.grants.map((g) => ({ partnerAgencyId: g.p, categories: g.c })),
          ...(u.qa ? { qaCaseIds: u.qa } : {}),
        },
      },
      requestId: u.rid,
      txn: u.txn,
      purpose: u.pur ? { reason: u.pur.r, ...(u.pur.c ? { caseReference: u.pur.c } : {}), ...(u.pur.p ? { personId: u.pur.p } : {}) } : null,
      purposeProblem: u.purx ?? null,
      operationName: u.op ?? null,
      via,
      deadline: payload.exp as number,
    };
  }
}
