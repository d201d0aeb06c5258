import type { AuditAction, AuditEntry } from "./chain";

interface TxnLedgerEntry {
  expires: number;
  /** `action|entity|id|field` → the write that records it. */
  writes: Map<string, Promise<void>>;
}

/**
 * The gateway may call a subgraph several times for one client request (one fetch per branch of
 * its plan). Each call is written as it ends (its data waits for its record), but a field of a
 * row already recorded for the same request is not recorded again: every disclosure appears in
 * exactly one record. A call that reuses an earlier call's record waits for that write, and fails
 * with it, so nothing is ever out unrecorded.
 */
export class TxnLedger {
  private readonly byTxn = new Map<string, TxnLedgerEntry>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxTxns = 20_000,
  ) {}

  /**
   * Splits a call's entries into what it must record itself and the earlier writes it depends
   * on; `commit` registers the call's own write for later calls of the same request.
   */
  claim(txn: string, action: AuditAction, entries: readonly AuditEntry[]): { fresh: AuditEntry[]; earlier: Promise<void>[]; commit: (write: Promise<void>) => void } {
    const now = Date.now();
    let ledger = this.byTxn.get(txn);
    if (!ledger || ledger.expires < now) {
      this.evict(now);
      ledger = { expires: now + this.ttlMs, writes: new Map() };
      this.byTxn.set(txn, ledger);
    }
    const earlier = new Set<Promise<void>>();
    const fresh: AuditEntry[] = [];
    const claimed: string[] = [];
    for (const entry of entries) {
      const fields: string[] = [];
      for (const field of entry.fields) {
        const key = `${action}|${entry.type}|${entry.id}|${field}`;
        const write = ledger.writes.get(key);
        if (write) earlier.add(write);
        else {
          fields.push(field);
          claimed.push(key);
        }
      }
      if (fields.length > 0) fresh.push({ ...entry, fields });
    }
    const writes = ledger.writes;
    return {
      fresh,
      earlier: [...earlier],
      commit: (write) => {
        for (const key of claimed) writes.set(key, write);
        // A failed write is not a record: forget it so a later call records the field itself.
        write.catch(() => {
          for (const key of claimed) if (writes.get(key) === write) writes.delete(key);
        });
      },
    };
  }

  private evict(now: number): void {
    for (const [txn, entry] of this.byTxn) if (entry.expires < now) this.byTxn.delete(txn);
    while (this.byTxn.size >= this.maxTxns) this.byTxn.delete(this.byTxn.keys().next().value as string);
  }
}
