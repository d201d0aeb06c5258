import type { DataSource, EntityManager } from "typeorm";
import { inTransaction } from "../datasource";
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
 * Appends records to the chain inside the caller's transaction (so an erasure and its record
 * commit together). Writing the head first takes its lock at once (a row lock on PostgreSQL, the
 * write lock on SQLite, where a read-then-write transaction would fail to upgrade): concurrent
 * appends from other processes queue up instead of forking the chain.
 */
export async function appendRecords(manager: EntityManager, contents: readonly AuditRecordContent[]): Promise<number[]> {
  await manager.createQueryBuilder().update(AuditChainHead).set({ seq: () => "seq" }).where("id = 1").execute();
  const head = await manager.getRepository(AuditChainHead).findOneBy({ id: 1 });
  if (!head) throw new Error("audit chain head is missing");
  let seq = head.seq;
  let prevHash = head.hash;
  const records: AuditRecord[] = [];
  const subjects: AuditRecordSubject[] = [];
  for (const content of contents) {
    seq += 1;
    const hash = recordHash(seq, prevHash, content);
    records.push({ seq, ...content, prevHash, hash });
    for (const subjectId of subjectsOf(content.entries)) subjects.push({ recordSeq: seq, subjectId });
    prevHash = hash;
  }
  for (let i = 0; i < records.length; i += CHUNK) await manager.insert(AuditRecord, records.slice(i, i + CHUNK));
  for (let i = 0; i < subjects.length; i += CHUNK) await manager.insert(AuditRecordSubject, subjects.slice(i, i + CHUNK));
  await manager.update(AuditChainHead, { id: 1 }, { seq, hash: prevHash });
  return records.map((r) => r.seq);
}
