import type { AuditAction, AuditEntry } from "./chain";

/** What one call of a request claimed: the rows of one type and action, and which of their fields. */
class Claim {
  private idSet: Set<string> | null = null;

  constructor(
    readonly action: AuditAction,
    readonly type: string,
    /**
     * The row ids joined into one new string: ids taken from a request (JSON.parse) can be
     * slices of the whole request body, and holding them would hold every body for as long.
     */
    private readonly ids: string,
    readonly fields: ReadonlySet<string>,
    readonly write: Promise<void>,
  ) {}

  /** Whether the claim holds the row (the set is built only when a later call of the request asks). */
  has(id: string): boolean {
    this.idSet ??= new Set(this.ids.split(ID_SEPARATOR));
    return this.idSet.has(id);
  }
}

const ID_SEPARATOR = "\u0001";

interface TxnLedgerEntry {
  /** Epoch ms after which no call of the request can be accepted any more (its tokens' deadline). */
  until: number;
  claims: Claim[];
}

/** A call arrived for a request whose deadline has passed: recording it could record a field twice. */
export class LateCallError extends Error {}

/** The ledger holds as many requests as configured, and is full. */
export class LedgerFullError extends Error {}

export interface TxnLedgerOptions {
  /**
   * How long after a request's deadline its calls can still be accepted: the internal token's
   * clock tolerance (a call is refused once its token has expired by more than that).
   */
  graceMs?: number;
  /** Requests held at most; a new request beyond this is refused (fail closed), never an old one forgotten. */
  maxRequests?: number;
  now?: () => number;
}

/**
 * The gateway may call a subgraph several times for one client request (one fetch per branch of
 * its plan). Each call is written as it ends (its data waits for its record), but a field of a
 * row already recorded for the same request is not recorded again: every disclosure appears in
 * exactly one record. A call that reuses an earlier call's record waits for that write, and fails
 * with it, so nothing is ever out unrecorded.
 *
 * A request is remembered only while its calls can still arrive: every internal token of a
 * request carries the request's deadline as its expiry (peer calls too), and the verifier refuses
 * a token past it (with a small clock tolerance, `graceMs`). After that the entry is dropped; a
 * call that still reached the ledger later is refused, never recorded a second time. What a call
 * claimed is kept compactly: the ids of its rows and the set of its fields, per type.
 */
export class TxnLedger {
  private readonly byTxn = new Map<string, TxnLedgerEntry>();
  private readonly graceMs: number;
  private readonly maxRequests: number;
  private readonly now: () => number;
  private nextSweep = 0;

  constructor(options: TxnLedgerOptions = {}) {
    this.graceMs = options.graceMs ?? 6_000;
    this.maxRequests = options.maxRequests ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  /** Requests remembered now (expired ones may linger until the next sweep, at most a second). */
  get size(): number {
    return this.byTxn.size;
  }

  /** Whether the request is still held (tests). */
  holds(txn: string): boolean {
    const entry = this.byTxn.get(txn);
    return entry !== undefined && entry.until > this.now();
  }

  /**
   * Splits a call's entries into what it must record itself and the earlier writes it depends
   * on; `commit` registers the call's own write for later calls of the same request. `deadline`
   * is the call's token expiry (epoch ms). Throws LateCallError past it, LedgerFullError when full.
   */
  claim(
    txn: string,
    deadline: number,
    action: AuditAction,
    entries: readonly AuditEntry[],
  ): { fresh: AuditEntry[]; earlier: Promise<void>[]; commit: (write: Promise<void>) => void } {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now);
    const until = deadline + this.graceMs;
    if (until <= now) throw new LateCallError(`a call for request ${txn} arrived after its deadline`);
    let ledger = this.byTxn.get(txn);
    if (!ledger) {
      if (this.byTxn.size >= this.maxRequests) throw new LedgerFullError(`the audit ledger holds ${this.maxRequests} requests already`);
      ledger = { until, claims: [] };
      this.byTxn.set(txn, ledger);
    } else if (until > ledger.until) {
      ledger.until = until;
    }
    const earlier = new Set<Promise<void>>();
    const fresh: AuditEntry[] = [];
    // Rows claimed here, grouped by type and field list: a group's every row has every field.
    const groups = new Map<string, { type: string; ids: string[]; fields: Set<string> }>();
    for (const entry of entries) {
      const prior = ledger.claims.filter((c) => c.action === action && c.type === entry.type && c.has(entry.id));
      const fields: string[] = [];
      for (const field of entry.fields) {
        const by = prior.find((c) => c.fields.has(field));
        if (by) earlier.add(by.write);
        else fields.push(field);
      }
      if (fields.length === 0) continue;
      fresh.push(fields.length === entry.fields.length ? entry : { ...entry, fields });
      const key = `${entry.type}\u0000${fields.join("\u0001")}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { type: entry.type, ids: [], fields: new Set(fields) }));
      group.ids.push(entry.id);
    }
    const claims = ledger.claims;
    return {
      fresh,
      earlier: [...earlier],
      commit: (write) => {
        const mine = [...groups.values()].map((g) => new Claim(action, g.type, g.ids.join(ID_SEPARATOR), g.fields, write));
        claims.push(...mine);
        // A failed write is not a record: forget it so a later call records the fields itself.
        write.catch(() => {
          for (const claim of mine) {
            const at = claims.indexOf(claim);
            if (at >= 0) claims.splice(at, 1);
          }
        });
      },
    };
  }

  private sweep(now: number): void {
    for (const [txn, entry] of this.byTxn) if (entry.until <= now) this.byTxn.delete(txn);
    this.nextSweep = now + 1_000;
  }
}
