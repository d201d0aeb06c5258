import { Brackets, type DataSource } from "typeorm";
import { BadUserInputError } from "../../../common/errors";
import { AuditRecord, AuditRecordSubject } from "./audit.entity";

export interface AuditLogFilter {
  subjectId?: string | null;
  agencyId?: string | null;
  userId?: string | null;
  purpose?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

/** A position in the trail across subgraphs, newest first: time, then subgraph name, then sequence. */
export interface TrailPosition {
  at: Date;
  subgraph: string;
  seq: number;
}

export const MAX_AUDIT_PAGE = 200;

/** Reads one subgraph's audit log for the trail, newest first, with every filter in SQL. */
export class AuditLogReader {
  constructor(
    private readonly dataSource: DataSource,
    readonly subgraph: string,
  ) {}

  async page(filter: AuditLogFilter, first: number, before: TrailPosition | null): Promise<AuditRecord[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE + 1) throw new BadUserInputError(`first must be between 1 and ${MAX_AUDIT_PAGE}`, "first");
    const qb = this.dataSource.getRepository(AuditRecord).createQueryBuilder("r");
    if (filter.subjectId) {
      const about = qb.subQuery().select("s.recordSeq").from(AuditRecordSubject, "s").where("s.subjectId = :subjectId").getQuery();
      qb.andWhere(`r.seq IN ${about}`, { subjectId: filter.subjectId });
    }
    if (filter.agencyId) qb.andWhere("r.agencyId = :agencyId", { agencyId: filter.agencyId });
    if (filter.userId) qb.andWhere("r.userSub = :userId", { userId: filter.userId });
    if (filter.purpose) qb.andWhere("r.purpose = :purpose", { purpose: filter.purpose });
    if (filter.from) qb.andWhere("r.recordedAt >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("r.recordedAt < :to", { to: filter.to });
    if (before) {
      // Strictly after `before` in the trail's order: (recordedAt DESC, subgraph ASC, seq DESC).
      if (this.subgraph > before.subgraph) qb.andWhere("r.recordedAt <= :beforeAt", { beforeAt: before.at });
      else if (this.subgraph < before.subgraph) qb.andWhere("r.recordedAt < :beforeAt", { beforeAt: before.at });
      else {
        qb.andWhere(
          new Brackets((w) =>
            w.where("r.recordedAt < :beforeAt", { beforeAt: before.at }).orWhere("(r.recordedAt = :beforeAt AND r.seq < :beforeSeq)", { beforeAt: before.at, beforeSeq: before.seq }),
          ),
        );
      }
    }
    return qb.orderBy("r.recordedAt", "DESC").addOrderBy("r.seq", "DESC").limit(first).getMany();
  }
}
