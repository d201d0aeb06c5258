import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type AuditAction = "DISCLOSURE" | "COLLECTION" | "ALTERATION" | "ERASURE";

/** One row touched by a request: the entity, whose data it is, and the fields. */
export interface AuditEntry {
  type: string;
  id: string;
  subjectId: string | null;
  fields: string[];
}

/** What a record says, before it has a place in the chain. */
export interface AuditRecordContent {
  recordedAt: Date;
  action: AuditAction;
  requestId: string;
  txn: string;
  operationName: string | null;
  userSub: string;
  userIssuer: string;
  agencyId: string;
  roles: string;
  purpose: string | null;
  purposeCase: string | null;
  purposePerson: string | null;
  entries: string;
  /**
   * The subjects `entries` names, when the writer already has them (the subject index is written
   * from them; the hash covers `entries`, and the verifier checks the index against it).
   */
  subjects?: readonly string[];
}

/** Entries in one canonical order, so the same disclosure always hashes the same. */
export function canonicalEntries(entries: readonly AuditEntry[]): string {
  const sorted = entries
    .map((e) => ({ type: e.type, id: e.id, subjectId: e.subjectId, fields: [...new Set(e.fields)].sort() }))
    .sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.type < b.type ? -1 : 1));
  return JSON.stringify(sorted);
}

/** The hash of a record: every field, its position and the previous record's hash. */
export function recordHash(seq: number, prevHash: string, r: AuditRecordContent): string {
  const material = JSON.stringify([
    seq,
    prevHash,
    r.recordedAt.toISOString(),
    r.action,
    r.requestId,
    r.txn,
    r.operationName,
    r.userSub,
    r.userIssuer,
    r.agencyId,
    r.roles,
    r.purpose,
    r.purposeCase,
    r.purposePerson,
    r.entries,
  ]);
  return createHash("sha256").update(material).digest("hex");
}

/** The subjects entries name (what the subject index must hold), sorted, each once. */
export function subjectsOfEntries(entries: readonly AuditEntry[]): string[] {
  const subjects = new Set<string>();
  for (const e of entries) if (typeof e.subjectId === "string" && e.subjectId.length > 0) subjects.add(e.subjectId);
  return [...subjects].sort();
}

/** The subjects an entries JSON names (what the subject index must hold). */
export function subjectsOf(entries: string): string[] {
  const parsed = JSON.parse(entries) as AuditEntry[];
  return [...new Set(parsed.map((e) => e.subjectId).filter((s): s is string => typeof s === "string" && s.length > 0))].sort();
}
