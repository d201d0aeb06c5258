import type { RowKey } from "../../../common/policy/access";
import type { AuditAction, AuditEntry } from "./chain";

/**
 * What one request did with protected data in one subgraph, gathered field by field as the
 * shield allows them, and written as one record per action when the response is sent.
 */
export class AuditCollector {
  private readonly byAction = new Map<AuditAction, Map<string, AuditEntry>>();

  note(action: AuditAction, row: RowKey, field: string): void {
    let rows = this.byAction.get(action);
    if (!rows) this.byAction.set(action, (rows = new Map()));
    const key = `${row.type}\u0000${row.id}`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { type: row.type, id: row.id, subjectId: row.subjectId, fields: [] }));
    if (!entry.fields.includes(field)) entry.fields.push(field);
  }

  disclosed(row: RowKey, field: string): void {
    this.note("DISCLOSURE", row, field);
  }

  /** Actions with their entries, in a stable order. */
  drain(): [AuditAction, AuditEntry[]][] {
    const out = [...this.byAction].map(([action, rows]) => [action, [...rows.values()]] as [AuditAction, AuditEntry[]]);
    this.byAction.clear();
    return out.sort(([a], [b]) => a.localeCompare(b));
  }
}
