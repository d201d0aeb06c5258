import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";

/**
 * One record per request per subgraph of what it disclosed (or collected, altered, erased):
 * who, why, when, which rows and which fields. Records form a hash chain (each `hash` covers the
 * record and the previous `hash`); triggers refuse UPDATE and DELETE. No names are stored:
 * entities and subjects are ids.
 */
@Entity({ name: "audit_records" })
@Index("idx_audit_records_recorded_at", ["recordedAt"])
@Index("idx_audit_records_agency", ["agencyId", "recordedAt"])
@Index("idx_audit_records_user", ["userSub", "recordedAt"])
@Index("idx_audit_records_purpose", ["purpose", "recordedAt"])
@Index("idx_audit_records_request", ["requestId"])
export class AuditRecord {
  /** Position in this subgraph's chain, from 1, without gaps. */
  @PrimaryColumn({ type: "integer" })
  seq: number;

  @Column({ name: "recorded_at" })
  recordedAt: Date;

  /** DISCLOSURE, COLLECTION, ALTERATION or ERASURE. */
  @Column({ type: "varchar", length: 16 })
  action: string;

  @Column({ name: "request_id", type: "varchar", length: 128 })
  requestId: string;

  @Column({ type: "varchar", length: 64 })
  txn: string;

  @Column({ name: "operation_name", type: "varchar", length: 200, nullable: true })
  operationName: string | null;

  @Column({ name: "user_sub", type: "varchar", length: 200 })
  userSub: string;

  @Column({ name: "user_issuer", type: "varchar", length: 500 })
  userIssuer: string;

  @Column({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  /** Comma-separated roles. */
  @Column({ type: "varchar", length: 500 })
  roles: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  purpose: string | null;

  @Column({ name: "purpose_case", type: "varchar", length: 32, nullable: true })
  purposeCase: string | null;

  @Column({ name: "purpose_person", type: "varchar", length: 64, nullable: true })
  purposePerson: string | null;

  /** Canonical JSON: `[{type, id, subjectId, fields[]}]`, sorted. */
  @Column({ type: "text" })
  entries: string;

  @Column({ name: "prev_hash", type: "varchar", length: 64 })
  prevHash: string;

  @Column({ type: "varchar", length: 64 })
  hash: string;
}

/** The subjects a record is about, for the DPO's search by subject. Covered by the record's hash (through its entries). */
@Entity({ name: "audit_record_subjects" })
@Index("idx_audit_record_subjects_subject", ["subjectId"])
export class AuditRecordSubject {
  @PrimaryColumn({ name: "record_seq", type: "integer" })
  @ForeignKey(() => AuditRecord, { name: "fk_audit_record_subjects_record" })
  recordSeq: number;

  @PrimaryColumn({ name: "subject_id", type: "varchar", length: 64 })
  subjectId: string;
}

/** The chain's head (one row): appends lock it, so concurrent writers never fork the chain; a deleted tail shows. */
@Entity({ name: "audit_chain_head" })
export class AuditChainHead {
  @PrimaryColumn({ type: "integer" })
  id: number;

  @Column({ type: "integer" })
  seq: number;

  @Column({ type: "varchar", length: 64 })
  hash: string;
}

export const AUDIT_ENTITIES = [AuditRecord, AuditRecordSubject, AuditChainHead];
