import type { KeyObject } from "node:crypto";
import path from "node:path";
import { SignJWT } from "jose";
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
