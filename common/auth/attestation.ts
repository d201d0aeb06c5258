import { createHmac, timingSafeEqual } from "node:crypto";
import { CATEGORIES, type Category } from "../policy/vocabulary";

/**
 * Relationship attestations between subgraphs. The people subgraph owns a person's identity but
 * not the relationships that justify disclosing it: those live with cases (lead, panel, ...) and
 * immigration-contacts (the SPOC asked). Those subgraphs evaluate the policy and return, as an
 * `@inaccessible` field the gateway passes along through `@requires`, a MAC over what they allow
 * for this request and this person. People checks it before disclosing anything.
 *
 * The secret is shared by the subgraphs only, not the gateway: a forged entity representation
 * (a gateway bug, or stolen internal tokens) still cannot unlock a person.
 */
const VERSION = "v1";
const KNOWN = new Set<string>(CATEGORIES);

export class Attestor {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 16) throw new Error("attestation secret too short");
  }

  /** `null` when nothing is granted: nothing to attest. */
  attest(txn: string, typeName: string, id: string, categories: Iterable<Category>): string | null {
    const list = [...new Set(categories)].sort();
    if (list.length === 0) return null;
    const body = list.join(",");
    return `${VERSION}.${body}.${this.mac(txn, typeName, id, body)}`;
  }

  /** The categories a valid attestation grants; empty for a missing, malformed or forged one. */
  verify(token: unknown, txn: string, typeName: string, id: string): Set<Category> {
    if (typeof token !== "string" || token.length > 512) return new Set();
    const [version, body, mac, ...rest] = token.split(".");
    if (version !== VERSION || body === undefined || mac === undefined || rest.length > 0) return new Set();
    const expected = Buffer.from(this.mac(txn, typeName, id, body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Set();
    return new Set(body.split(",").filter((c): c is Category => KNOWN.has(c)));
  }

  private mac(txn: string, typeName: string, id: string, body: string): string {
    return createHmac("sha256", this.secret).update(`${VERSION}|${txn}|${typeName}|${id}|${body}`).digest("base64url").slice(0, 32);
  }
}
