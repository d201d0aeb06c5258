import type { DataSource } from "typeorm";
import { AuditChainHead, AuditRecord, AuditRecordSubject } from "./audit.entity";
import { GENESIS_HASH, recordHash, subjectsOf, type AuditAction } from "./chain";

export interface ChainReport {
  records: number;
  intact: boolean;
  /** The first record that does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
}

export interface VerifyOptions {
  /** Records read and checked at a time (default 1,000). */
  pageSize?: number;
  /** Awaited between pages: e.g. a turn of the event loop, so a long chain never holds a live service. */
  pause?: () => Promise<void>;
}

const PAGE = 1_000;

/**
 * Walks a subgraph's audit chain from the first record: sequence without gaps, each record's
 * hash recomputed from its contents, each linked to the one before, the subject index matching
 * the entries, and the head pointing at the last record (so a deleted tail shows too).
 *
 * Safe on a live service: the head is read first and the walk stops at it (records appended
 * meanwhile come after it and commit with the head they move); a record beyond a head read at
 * the end can only mean the head was moved back.
 */
export async function verifyChain(dataSource: DataSource, options: VerifyOptions = {}): Promise<ChainReport> {
  const records = dataSource.getRepository(AuditRecord);
  const subjects = dataSource.getRepository(AuditRecordSubject);
  const heads = dataSource.getRepository(AuditChainHead);
  const pageSize = options.pageSize ?? PAGE;
  const head = await heads.findOneBy({ id: 1 });
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const broken = (seq: number, reason: string): ChainReport => ({ records: count, intact: false, firstBroken: { seq, reason } });
  for (;;) {
    const qb = records.createQueryBuilder("r").where("r.seq >= :from", { from: expectedSeq });
    if (head) qb.andWhere("r.seq <= :last", { last: head.seq });
    const page = await qb.orderBy("r.seq", "ASC").limit(pageSize).getMany();
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
    if (page.length < pageSize) break;
    if (options.pause) await options.pause();
  }
  if (!head) return broken(expectedSeq, "the chain head is missing");
  if (head.seq > count) return broken(count + 1, `the chain ends at record ${count} but its head says ${head.seq}: the last ${head.seq - count} deleted`);
  if (head.hash !== prevHash) return broken(head.seq, `the chain head (record ${head.seq}) does not match the last record (${count}): moved`);
  // Appends move the head with their records; a record beyond the head as it stands now was not appended.
  const beyond = await records.createQueryBuilder("r").select("MAX(r.seq)", "max").getRawOne<{ max: number | string | null }>();
  const last = beyond?.max == null ? 0 : Number(beyond.max);
  const current = await heads.findOneBy({ id: 1 });
  if (!current) return broken(count + 1, "the chain head is missing");
  if (last > current.seq) return broken(current.seq, `the chain head (record ${current.seq}) does not match the last record (${last}): moved`);
  return { records: count, intact: true };
}
