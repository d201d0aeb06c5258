import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type KeyAlgorithm = "rsa" | "ed25519";

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export class MissingKeyError extends Error {
  constructor(what: string, where: string) {
    super(`${what} not found at ${where}. Run \`npm run keys\` (or copy the key material there) before starting.`);
    this.name = "MissingKeyError";
  }
}

/**
 * Creates `dir` atomically with the files `write` puts in it: a temporary sibling is renamed into
 * place, so two processes starting together agree on one key instead of overwriting each other.
 */
function createDirAtomically(dir: string, write: (tmp: string) => void): void {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  fs.mkdirSync(tmp, { mode: 0o700 });
  try {
    write(tmp);
    fs.renameSync(tmp, dir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // Someone else won the race: their key is as good as ours.
    if (!fs.existsSync(path.join(dir, "public.pem")) && !fs.existsSync(path.join(dir, "secret"))) throw err;
  }
}

function generate(algorithm: KeyAlgorithm): { privatePem: string; publicPem: string } {
  const pair =
    algorithm === "rsa"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ed25519");
  return {
    privatePem: pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** `dir/private.pem` and `dir/public.pem`, created on first use when `create` is set. */
export function loadKeyPair(dir: string, algorithm: KeyAlgorithm, create: boolean): KeyPair {
  const privateFile = path.join(dir, "private.pem");
  if (!fs.existsSync(privateFile)) {
    if (!create) throw new MissingKeyError("Private key", privateFile);
    createDirAtomically(dir, (tmp) => {
      const { privatePem, publicPem } = generate(algorithm);
      fs.writeFileSync(path.join(tmp, "private.pem"), privatePem, { mode: 0o600 });
      fs.writeFileSync(path.join(tmp, "public.pem"), publicPem, { mode: 0o644 });
    });
  }
  const privateKey = createPrivateKey(fs.readFileSync(privateFile));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** `dir/public.pem` only: what a verifier needs. Created with its pair when `create` is set. */
export function loadPublicKey(dir: string, algorithm: KeyAlgorithm, create: boolean): KeyObject {
  const publicFile = path.join(dir, "public.pem");
  if (!fs.existsSync(publicFile)) {
    if (!create) throw new MissingKeyError("Public key", publicFile);
    return loadKeyPair(dir, algorithm, true).publicKey;
  }
  return createPublicKey(fs.readFileSync(publicFile));
}

/** A random 32-byte secret in `dir/secret`, created on first use when `create` is set. */
export function loadSecret(dir: string, create: boolean): Buffer {
  const file = path.join(dir, "secret");
  if (!fs.existsSync(file)) {
    if (!create) throw new MissingKeyError("Secret", file);
    createDirAtomically(dir, (tmp) => fs.writeFileSync(path.join(tmp, "secret"), randomBytes(32).toString("base64url"), { mode: 0o600 }));
  }
  return Buffer.from(fs.readFileSync(file, "utf8").trim(), "utf8");
}

/** Where each piece of key material lives under the keys directory. */
export const KEY_LAYOUT = {
  /** RSA pair of the local development issuer (`npm run token`). */
  devIssuer: "dev-issuer",
  /** Ed25519 pair the gateway signs internal tokens with; subgraphs need only the public half. */
  internal: "internal",
  /** HMAC secret subgraphs share to attest relationships to each other (not the gateway). */
  attestation: "attestation",
} as const;

/** Creates any missing key material under `dir` (existing keys are kept): what `npm run keys` does. */
export function provisionKeys(dir: string): void {
  loadKeyPair(path.join(dir, KEY_LAYOUT.internal), "ed25519", true);
  loadSecret(path.join(dir, KEY_LAYOUT.attestation), true);
  loadKeyPair(path.join(dir, KEY_LAYOUT.devIssuer), "rsa", true);
}
