import { createHash, type KeyObject } from "node:crypto";
import path from "node:path";
import { SignJWT, type JWK } from "jose";
import type { PractitionerRole } from "../domain";
import { KEY_LAYOUT, loadKeyPair, loadPublicKey } from "./keys";
import type { TrustedIssuer } from "./partner-token";

/**
 * The local development issuer: an RSA key pair under the keys directory, created on first
 * start, and tokens for the seeded personas (`npm run token -- <persona>`). Production does
 * not trust it unless AUTH_DEV_ISSUER=true.
 */
export const DEV_ISSUER = "urn:dovetail:dev-issuer";
export const DEV_ALGORITHM = "RS256";

export function devIssuerDir(keysDir: string): string {
  return path.join(keysDir, KEY_LAYOUT.devIssuer);
}

export function devTrustedIssuer(keysDir: string, create: boolean): TrustedIssuer {
  return { issuer: DEV_ISSUER, publicKey: loadPublicKey(devIssuerDir(keysDir), "rsa", create), algorithms: [DEV_ALGORITHM] };
}

/** Where the development OpenID provider is mounted on the gateway's origin. */
export const DEV_PROVIDER_PATH = "/oidc";

/** The development OpenID provider's issuer: `${publicUrl}/oidc` (sign-in for the web app). */
export function devProviderIssuer(publicUrl: string): string {
  return `${publicUrl}${DEV_PROVIDER_PATH}`;
}

/** The development OpenID provider, trusted as the development issuer is: the same key, RS256. */
export function devProviderTrustedIssuer(keysDir: string, create: boolean, publicUrl: string): TrustedIssuer {
  return { ...devTrustedIssuer(keysDir, create), issuer: devProviderIssuer(publicUrl) };
}

/**
 * The development issuer's private key as a signing JWK (the provider's `jwks`), with a `kid`
 * from its public half, so both issuers sign with one key pair.
 */
export function devSigningJwk(keysDir: string, create: boolean): JWK {
  const { privateKey, publicKey } = loadKeyPair(devIssuerDir(keysDir), "rsa", create);
  const kid = createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("base64url").slice(0, 16);
  return { ...(privateKey.export({ format: "jwk" }) as JWK), kid, alg: DEV_ALGORITHM, use: "sig" };
}

export interface DevTokenSubject {
  id: string;
  agencyId: string;
  roles: readonly PractitionerRole[];
}

export function signDevToken(
  privateKey: KeyObject,
  subject: DevTokenSubject,
  options: { audience: string; ttlSeconds: number },
): Promise<string> {
  return new SignJWT({ agency: subject.agencyId, roles: [...subject.roles] })
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(options.audience)
    .setSubject(subject.id)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds}s`)
    .sign(privateKey);
}

/** Signs a token for `subject` with the development issuer's key, creating the key if needed. */
export function issueDevToken(keysDir: string, subject: DevTokenSubject, options: { audience: string; ttlSeconds: number }): Promise<string> {
  const { privateKey } = loadKeyPair(devIssuerDir(keysDir), "rsa", true);
  return signDevToken(privateKey, subject, options);
}
