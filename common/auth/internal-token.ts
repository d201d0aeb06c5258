import type { KeyObject } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { z } from "zod";
import type { SubgraphName } from "../config";
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
}

const SERVICE_SUBJECT = "service:gateway";

export class InternalTokenSigner {
  constructor(
    private readonly privateKey: KeyObject,
    private readonly ttlSeconds: number,
  ) {}

  sign(subgraph: SubgraphName, identity: InternalIdentity): Promise<string> {
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
          };
    const purpose = identity.purpose ? { r: identity.purpose.reason, c: identity.purpose.caseReference, p: identity.purpose.personId } : undefined;
    return new SignJWT({
      ...claims,
      rid: identity.requestId,
      txn: identity.txn,
      ...(purpose ? { pur: purpose } : {}),
      ...(identity.purposeProblem ? { purx: identity.purposeProblem } : {}),
      ...(identity.operationName ? { op: identity.operationName } : {}),
    })
      .setProtectedHeader({ alg: INTERNAL_ALGORITHM, typ: "JWT" })
      .setIssuer(INTERNAL_ISSUER)
      .setAudience(internalAudience(subgraph))
      .setSubject(caller.kind === "service" ? SERVICE_SUBJECT : caller.principal.sub)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.privateKey);
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
    subgraph: SubgraphName,
  ) {
    this.audience = internalAudience(subgraph);
  }

  /** Throws InternalTokenError for anything but a current token the gateway signed for this subgraph. */
  async verify(token: string): Promise<InternalIdentity> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        issuer: INTERNAL_ISSUER,
        audience: this.audience,
        algorithms: [INTERNAL_ALGORITHM],
        requiredClaims: ["exp", "iat", "sub"],
        clockTolerance: 5,
        maxTokenAge: "5m",
      }));
    } catch (err) {
      throw new InternalTokenError(`internal token rejected: ${(err as Error).message}`);
    }
    if (payload.svc !== undefined) {
      const service = serviceClaims.safeParse(payload);
      if (!service.success) throw new InternalTokenError("internal token has malformed service claims");
      return { caller: { kind: "service", service: "gateway" }, requestId: service.data.rid, txn: service.data.txn };
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
        },
      },
      requestId: u.rid,
      txn: u.txn,
      purpose: u.pur ? { reason: u.pur.r, ...(u.pur.c ? { caseReference: u.pur.c } : {}), ...(u.pur.p ? { personId: u.pur.p } : {}) } : null,
      purposeProblem: u.purx ?? null,
      operationName: u.op ?? null,
    };
  }
}
