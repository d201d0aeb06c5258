import type { DataSource, EntityManager } from "typeorm";
import { inTransaction, qualifiedTable } from "../datasource";
import { AuditChainHead, AuditRecord, AuditRecordSubject } from "./audit.entity";
import { recordHash, subjectsOf, type AuditRecordContent } from "./chain";

interface Pending {
  content: AuditRecordContent;
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
}

const CHUNK = 500;

/**
 * Appends records to the subgraph's chain. Requests that finish together are written together
 * (group commit: one transaction, one lock of the chain head), and each waits until its own
 * record is committed: the caller gets its data only after that (fail closed).
 */
export class AuditWriter {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxBatch = 1_000,
  ) {}

  append(content: AuditRecordContent): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ content, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const seqs = await this.write(batch.map((p) => p.content));
          batch.forEach((p, i) => p.resolve(seqs[i]!));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private write(contents: readonly AuditRecordContent[]): Promise<number[]> {
    return inTransaction(this.dataSource, (manager) => appendRecords(manager, contents));
  }
}

/**
 * The statements of an append, as text built once per database from the entities' metadata:
 * every request writes a record, and typeorm's query builders would rebuild the same SQL each
 * time. Values are converted as typeorm stores them (`preparePersistentValue`), so what the
 * entities read back, and the verifier hashes, is the same.
 */
class AppendStatements {
  readonly lockHead: string;
  readonly readHead: string;
  private readonly updateHeadSql: string;
  private readonly inserts = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {
    const head = qualifiedTable(this.dataSource, AuditChainHead);
    this.lockHead = `UPDATE ${head} SET seq = seq WHERE id = 1`;
    this.readHead = `SELECT seq, hash FROM ${head} WHERE id = 1`;
    this.updateHeadSql = `UPDATE ${head} SET seq = :seq, hash = :hash WHERE id = 1`;
  }

  /** PostgreSQL: lock the head and read it in one statement. */
  get lockAndReadHead(): string {
    return `${this.lockHead} RETURNING seq, hash`;
  }

  updateHead(seq: number, hash: string): [string, unknown[]] {
    return this.dataSource.driver.escapeQueryWithParameters(this.updateHeadSql, { seq, hash });
  }

  /** A multi-row INSERT of these entity objects, with values converted for the driver. */
  insert(entity: Function, rows: readonly object[]): [string, unknown[]] {
    const params: Record<string, unknown> = {};
    return this.dataSource.driver.escapeQueryWithParameters(this.insertText(entity, rows, "v", params), params);
  }

  /**
   * PostgreSQL: the records, their subject index and the new head in one statement (a
   * data-modifying WITH; the foreign keys are checked at its end, when both inserts are done).
   */
  appendAll(records: readonly object[], subjects: readonly object[], seq: number, hash: string): [string, unknown[]] {
    const params: Record<string, unknown> = { seq, hash };
    const parts = [`r AS (${this.insertText(AuditRecord, records, "r", params)})`];
    if (subjects.length > 0) parts.push(`s AS (${this.insertText(AuditRecordSubject, subjects, "s", params)})`);
    return this.dataSource.driver.escapeQueryWithParameters(`WITH ${parts.join(", ")} ${this.updateHeadSql}`, params);
  }

  private insertText(entity: Function, rows: readonly object[], prefix: string, params: Record<string, unknown>): string {
    const metadata = this.dataSource.getMetadata(entity);
    const columns = metadata.columns;
    const key = `${metadata.tableName}|${rows.length}|${prefix}`;
    let sql = this.inserts.get(key);
    if (!sql) {
      const names = columns.map((c) => this.dataSource.driver.escape(c.databaseName)).join(", ");
      const tuples = rows.map((_, r) => `(${columns.map((_c, i) => `:${prefix}${r}_${i}`).join(", ")})`).join(", ");
      sql = `INSERT INTO ${qualifiedTable(this.dataSource, entity)} (${names}) VALUES ${tuples}`;
      if (this.inserts.size > 200) this.inserts.clear();
      this.inserts.set(key, sql);
    }
    rows.forEach((row, r) => columns.forEach((c, i) => (params[`${prefix}${r}_${i}`] = this.dataSource.driver.preparePersistentValue(c.getEntityValue(row), c))));
    return sql;
  }

}

const appendStatements = new WeakMap<DataSource, AppendStatements>();

/**
 * Appends records to the chain inside the caller's transaction (so an erasure and its record
 * commit together). Writing the head first takes its lock at once (a row lock on PostgreSQL, the
 * write lock on SQLite, where a read-then-write transaction would fail to upgrade): concurrent
 * appends from other processes queue up instead of forking the chain.
 */
export async function appendRecords(manager: EntityManager, contents: readonly AuditRecordContent[]): Promise<number[]> {
  let sql = appendStatements.get(manager.connection);
  if (!sql) appendStatements.set(manager.connection, (sql = new AppendStatements(manager.connection)));
  // Round trips are the cost of a record: PostgreSQL locks and reads the head in one statement,
  // and writes everything else in one more (SQLite, in process, keeps the plain statements).
  const postgres = manager.connection.options.type === "postgres";
  let head: { seq: number | string; hash: string } | undefined;
  if (postgres) {
    const result = (await manager.query(sql.lockAndReadHead)) as unknown[];
    // typeorm answers an UPDATE with [rows, count].
    head = (Array.isArray(result[0]) ? result[0][0] : result[0]) as typeof head;
  } else {
    await manager.query(sql.lockHead);
    [head] = (await manager.query(sql.readHead)) as { seq: number | string; hash: string }[];
  }
  if (!head) throw new Error("audit chain head is missing");
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const records: AuditRecord[] = [];
  const subjects: AuditRecordSubject[] = [];
  for (const content of contents) {
    seq += 1;
    const hash = recordHash(seq, prevHash, content);
    records.push({ seq, ...content, prevHash, hash });
    for (const subjectId of content.subjects ?? subjectsOf(content.entries)) subjects.push({ recordSeq: seq, subjectId });
    prevHash = hash;
  }
  if (postgres && records.length <= CHUNK && subjects.length <= CHUNK) {
    await manager.query(...sql.appendAll(records, subjects, seq, prevHash));
    return records.map((r) => r.seq);
  }
  for (let i = 0; i < records.length; i += CHUNK) await manager.query(...sql.insert(AuditRecord, records.slice(i, i + CHUNK)));
  for (let i = 0; i < subjects.length; i += CHUNK) await manager.query(...sql.insert(AuditRecordSubject, subjects.slice(i, i + CHUNK)));
  await manager.query(...sql.updateHead(seq, prevHash));
  return records.map((r) => r.seq);
}
