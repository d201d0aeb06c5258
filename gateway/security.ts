import { createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { devProviderTrustedIssuer, devTrustedIssuer } from "../common/auth/dev-issuer";
import { InternalTokenSigner } from "../common/auth/internal-token";
import { KEY_LAYOUT, loadKeyPair } from "../common/auth/keys";
import { PartnerTokenVerifier, type TrustedIssuer } from "../common/auth/partner-token";
import type { AuthConfig } from "../common/config";
import { AccessProfileClient, type AccessProfileSource } from "./access-profiles";

/** What the gateway needs to authenticate partners and speak for them to subgraphs. */
export interface GatewaySecurity {
  partnerTokens: PartnerTokenVerifier;
  signer: InternalTokenSigner;
  profiles: AccessProfileSource;
}

/** Trusted issuers from AUTH_ISSUERS, plus the development issuer when AUTH_DEV_ISSUER allows it. */
export function trustedIssuers(auth: AuthConfig): TrustedIssuer[] {
  const issuers: TrustedIssuer[] = auth.issuers.map((i) => ({
    issuer: i.issuer,
    jwksUri: i.jwksUri,
    publicKey: i.publicKeyFile ? createPublicKey(fs.readFileSync(path.resolve(i.publicKeyFile))) : undefined,
    algorithms: i.algorithms,
  }));
  if (auth.devIssuer) issuers.push(devTrustedIssuer(auth.keysDir, auth.createKeys));
  return issuers;
}

/**
 * Trusts the development OpenID provider too (`PUBLIC_URL/oidc`, the development issuer's key),
 * once the gateway knows its public address: with free ports that is after it has bound one.
 */
export function trustDevProvider(security: GatewaySecurity, auth: AuthConfig, publicUrl: string): void {
  const issuers = [...trustedIssuers(auth), devProviderTrustedIssuer(auth.keysDir, auth.createKeys, publicUrl)];
  security.partnerTokens = new PartnerTokenVerifier({ issuers, audience: auth.audience, clockToleranceSeconds: auth.clockToleranceSeconds });
}

export function loadGatewaySecurity(auth: AuthConfig, urls: { agencies: string; "governance-boards": string }): GatewaySecurity {
  const { privateKey } = loadKeyPair(path.join(auth.keysDir, KEY_LAYOUT.internal), "ed25519", auth.createKeys);
  const signer = new InternalTokenSigner(privateKey, auth.internalTokenTtlSeconds);
  return {
    partnerTokens: new PartnerTokenVerifier({ issuers: trustedIssuers(auth), audience: auth.audience, clockToleranceSeconds: auth.clockToleranceSeconds }),
    signer,
    profiles: new AccessProfileClient(urls, signer, auth.policyRefreshSeconds * 1000),
  };
}
