import type { DataSource } from "typeorm";
import { AuditChainHead, AuditRecord, AuditRecordSubject } from "./audit.entity";
import { GENESIS_HASH, recordHash, subjectsOf, type AuditAction } from "./chain";

export interface ChainReport {
  records: number;
  intact: boolean;
  /** The first record that does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
}

const PAGE = 1_000;

/**
 * Walks a subgraph's audit chain from the first record: sequence without gaps, each record's
 * hash recomputed from its contents, each linked to the one before, the subject index matching
 * the entries, and the head pointing at the last record (so a deleted tail shows too).
 */
export async function verifyChain(dataSource: DataSource): Promise<ChainReport> {
  const records = dataSource.getRepository(AuditRecord);
  const subjects = dataSource.getRepository(AuditRecordSubject);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const broken = (seq: number, reason: string): ChainReport => ({ records: count, intact: false, firstBroken: { seq, reason } });
  for (;;) {
    const page = await records.createQueryBuilder("r").where("r.seq >= :from", { from: expectedSeq }).orderBy("r.seq", "ASC").limit(PAGE).getMany();
    if (page.length === 0) break;
    const index = new Map<number, string[]>();
    const rows = await subjects
      .createQueryBuilder("s")
      .where("s.recordSeq >= :from AND s.recordSeq <= :to", { from: page[0]!.seq, to: page.at(-1)!.seq })
      .getMany();
    for (const row of rows) index.set(row.recordSeq, [...(index.get(row.recordSeq) ?? []), row.subjectId]);
    for (const record of page) {
      if (record.seq !== expectedSeq) return broken(expectedSeq, `record ${expectedSeq} is missing (the next is ${record.seq}): deleted`);
      if (record.prevHash !== prevHash) return broken(record.seq, `record ${record.seq} does not link to record ${record.seq - 1}: one of them was replaced`);
      if (recordHash(record.seq, record.prevHash, { ...record, action: record.action as AuditAction }) !== record.hash) return broken(record.seq, `record ${record.seq} does not match its hash: edited`);
      let named: string[];
      try {
        named = subjectsOf(record.entries);
      } catch {
        return broken(record.seq, `record ${record.seq} has unreadable entries: edited`);
      }
      if ((index.get(record.seq) ?? []).sort().join() !== named.join()) return broken(record.seq, `record ${record.seq}'s subject index differs from its entries: edited`);
      prevHash = record.hash;
      expectedSeq += 1;
      count += 1;
    }
  }
  const head = await dataSource.getRepository(AuditChainHead).findOneBy({ id: 1 });
  if (!head) return broken(expectedSeq, "the chain head is missing");
  if (head.seq !== count || head.hash !== prevHash) {
    return head.seq > count
      ? broken(count + 1, `the chain ends at record ${count} but its head says ${head.seq}: the last ${head.seq - count} deleted`)
      : broken(head.seq, `the chain head (record ${head.seq}) does not match the last record (${count}): moved`);
  }
  return { records: count, intact: true };
}
