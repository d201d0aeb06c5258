import type { DataSource, EntityManager } from "typeorm";
import type { RowKey } from "../../../common/policy/access";
import type { RequestScope } from "../context.type";
import { inTransaction, subgraphOf } from "../datasource";
import { observeAppend } from "../telemetry";
import { appendRecords } from "./audit-writer";
import type { AuditAction } from "./chain";
import { AuditCollector } from "./collector";
import { recordContent } from "./plugin";

/** What a change does to protected data (a disclosure is recorded by the audit plugin). */
export type ChangeAction = Exclude<AuditAction, "DISCLOSURE">;

export interface ChangeRecorder {
  /** The transaction collects or alters these fields of the row. */
  record(action: ChangeAction, row: RowKey, fields: readonly string[]): void;
}

/**
 * A change and its record in one transaction: the work notes what it collects or alters, and the
 * record (one per action, as the request's records always were) is appended as the transaction's
 * last statements. Both commit or neither does: no change is ever committed without its record,
 * whenever the process dies, and a change rolled back leaves no record. The chain's head is locked
 * last, after every row the work locked; the group-commit writer locks nothing else, so the two
 * never wait on each other in a cycle.
 */
export function recordedTransaction<T>(dataSource: DataSource, scope: RequestScope, work: (m: EntityManager, changes: ChangeRecorder) => Promise<T>): Promise<T> {
  const subgraph = subgraphOf(dataSource);
  return inTransaction(dataSource, async (m) => {
    const noted = new AuditCollector();
    const result = await work(m, {
      record: (action, row, fields) => {
        for (const field of fields) noted.note(action, row, field);
      },
    });
    for (const [action, entries] of noted.drain()) {
      await observeAppend(subgraph, action, entries.length, () => appendRecords(m, [recordContent(scope, action, entries)]));
    }
    return result;
  });
}
