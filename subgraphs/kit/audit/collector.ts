import type { RowKey } from "../../../common/policy/access";
import type { AuditAction, AuditEntry } from "./chain";

/**
 * What one request did with protected data in one subgraph, gathered field by field as the
 * shield allows them, and written as one record per action when the response is sent.
 */
export class AuditCollector {
  private readonly byAction = new Map<AuditAction, Map<string, AuditEntry>>();
  /**
   * Disclosures by the row object the shield was handed: the loaders hand one per row, so the
   * fields after a row's first find its entry without building its key again.
   */
  private readonly disclosedRows = new Map<RowKey, AuditEntry>();

  note(action: AuditAction, row: RowKey, field: string): void {
    let rows = this.byAction.get(action);
    if (!rows) this.byAction.set(action, (rows = new Map()));
    const key = `${row.type}\u0000${row.id}`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { type: row.type, id: row.id, subjectId: row.subjectId, fields: [] }));
    if (!entry.fields.includes(field)) entry.fields.push(field);
    if (action === "DISCLOSURE") this.disclosedRows.set(row, entry);
  }

  disclosed(row: RowKey, field: string): void {
    const entry = this.disclosedRows.get(row);
    // The same object, and the same row then (type, id and subject are read once from it).
    if (entry && entry.type === row.type && entry.id === row.id && entry.subjectId === row.subjectId) {
      if (!entry.fields.includes(field)) entry.fields.push(field);
      return;
    }
    this.note("DISCLOSURE", row, field);
  }

  /** Actions with their entries, in a stable order. */
  drain(): [AuditAction, AuditEntry[]][] {
    const out = [...this.byAction].map(([action, rows]) => [action, [...rows.values()]] as [AuditAction, AuditEntry[]]);
    this.byAction.clear();
    this.disclosedRows.clear();
    return out.sort(([a], [b]) => a.localeCompare(b));
  }
}
