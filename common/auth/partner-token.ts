import type { KeyObject } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTVerifyGetKey } from "jose";
import { PractitionerRole } from "../domain";

/** Only asymmetric algorithms: an HS256 token "signed" with a public key, or `alg: none`, never verifies. */
export const ALLOWED_ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"] as const;
export type AllowedAlgorithm = (typeof ALLOWED_ALGORITHMS)[number];

export interface TrustedIssuer {
  issuer: string;
  /** Keys from the issuer's JWKS endpoint (fetched and cached by jose)... */
  jwksUri?: string;
  /** ...or one local public key. */
  publicKey?: KeyObject;
  /** A subset of ALLOWED_ALGORITHMS; all of them when omitted. */
  algorithms?: readonly AllowedAlgorithm[];
}

export interface PartnerTokenOptions {
  issuers: readonly TrustedIssuer[];
  audience: string;
  clockToleranceSeconds: number;
}

/** What a verified partner token says: the user, their agency and roles. */
export interface PartnerIdentity {
  sub: string;
  issuer: string;
  agencyId: string;
  roles: PractitionerRole[];
}

export class PartnerTokenError extends Error {}

const KNOWN_ROLES = new Set<string>(Object.values(PractitionerRole));
const VERIFIED_CACHE_MS = 60_000;
const VERIFIED_CACHE_SIZE = 10_000;
const AGENCY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

interface IssuerEntry {
  issuer: string;
  key: KeyObject | JWTVerifyGetKey;
  algorithms: string[];
}

/**
 * Verifies partners' bearer tokens with jose: the issuer must be trusted, the signature made
 * with that issuer's key under an allowed algorithm, `aud` ours, and `exp`, `iat`, `sub` present.
 */
export class PartnerTokenVerifier {
  private readonly byIssuer = new Map<string, IssuerEntry>();
  /**
   * Tokens already verified, until they expire (at most a minute): a dashboard sends the same
   * token with every request, and a signature check is the largest cost of authenticating it.
   * Only verified tokens are kept; a key rotated at the issuer applies within the minute.
   */
  private readonly verified = new Map<string, { identity: PartnerIdentity; until: number }>();

  constructor(private readonly options: PartnerTokenOptions) {
    for (const trusted of options.issuers) {
      const key = trusted.publicKey ?? (trusted.jwksUri ? createRemoteJWKSet(new URL(trusted.jwksUri)) : undefined);
      if (!key) throw new Error(`Trusted issuer ${trusted.issuer} has neither a JWKS URL nor a public key`);
      const algorithms = (trusted.algorithms ?? ALLOWED_ALGORITHMS).filter((a) => (ALLOWED_ALGORITHMS as readonly string[]).includes(a));
      this.byIssuer.set(trusted.issuer, { issuer: trusted.issuer, key, algorithms });
    }
  }

  async verify(token: string): Promise<PartnerIdentity> {
    const now = Date.now();
    const hit = this.verified.get(token);
    if (hit && now < hit.until) return hit.identity;
    if (hit) this.verified.delete(token);
    const { identity, exp } = await this.verifyAfresh(token);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { identity, until: Math.min(exp * 1000, now + VERIFIED_CACHE_MS) });
    return identity;
  }

  private async verifyAfresh(token: string): Promise<{ identity: PartnerIdentity; exp: number }> {
    let issuer: string | undefined;
    try {
      // Unverified peek, only to pick the issuer's key; everything is checked by jwtVerify below.
      const header = decodeProtectedHeader(token);
      if (typeof header.alg !== "string" || !(ALLOWED_ALGORITHMS as readonly string[]).includes(header.alg)) {
        throw new PartnerTokenError(`algorithm ${String(header.alg)} is not allowed`);
      }
      issuer = decodeJwt(token).iss;
    } catch (err) {
      if (err instanceof PartnerTokenError) throw err;
      throw new PartnerTokenError("malformed token");
    }
    const entry = issuer ? this.byIssuer.get(issuer) : undefined;
    if (!entry) throw new PartnerTokenError("untrusted issuer");
    let payload: Record<string, unknown>;
    try {
      const verified =
        typeof entry.key === "function"
          ? await jwtVerify(token, entry.key, this.verifyOptions(entry))
          : await jwtVerify(token, entry.key, this.verifyOptions(entry));
      payload = verified.payload;
    } catch (err) {
      throw new PartnerTokenError((err as Error).message);
    }
    const sub = payload.sub;
    if (typeof sub !== "string" || sub.length === 0 || sub.length > 200) throw new PartnerTokenError("sub must be a non-empty string");
    const agency = payload.agency;
    if (typeof agency !== "string" || !AGENCY_ID.test(agency)) throw new PartnerTokenError("agency claim missing or malformed");
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is PractitionerRole => typeof r === "string" && KNOWN_ROLES.has(r)) : [];
    if (roles.length === 0) throw new PartnerTokenError("the token grants no known role");
    // `exp` is required and checked by jwtVerify above.
    return { identity: { sub, issuer: entry.issuer, agencyId: agency, roles: [...new Set(roles)] }, exp: Number(payload.exp) };
  }

  private verifyOptions(entry: IssuerEntry) {
    return {
      issuer: entry.issuer,
      audience: this.options.audience,
      algorithms: entry.algorithms,
      requiredClaims: ["exp", "iat", "sub"],
      clockTolerance: this.options.clockToleranceSeconds,
    };
  }
}
