import type { DataSource, Repository, SelectQueryBuilder } from "typeorm";
import { BadUserInputError } from "../../../common/errors";
import type { Access } from "../../../common/policy/access";
import type { ImmigrationQueryStatus } from "../../kit/enums";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import { queriesVisibleTo } from "./query-access.service";

export const MAX_QUERIES_PAGE = 200;

export class ImmigrationQueryService {
  private readonly queries: Repository<ImmigrationQuery>;

  constructor(dataSource: DataSource) {
    this.queries = dataSource.getRepository(ImmigrationQuery);
  }

  /** The caller's questions, newest first; `first` must be 1..200. */
  list(filter: { status?: ImmigrationQueryStatus | null; contactId?: string | null; first: number }, access: Access): Promise<ImmigrationQuery[]> {
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_QUERIES_PAGE) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_QUERIES_PAGE}`, "first");
    }
    const qb = this.visible(access);
    if (filter.status) qb.andWhere("q.status = :status", { status: filter.status });
    if (filter.contactId) qb.andWhere("q.contactId = :contactId", { contactId: filter.contactId });
    return newestFirst(qb).take(filter.first).getMany();
  }

  findByIds(ids: readonly string[], access: Access): Promise<ImmigrationQuery[]> {
    return this.visible(access).andWhere("q.id IN (:...ids)", { ids: [...ids] }).getMany();
  }

  findByCaseIds(caseIds: readonly string[], access: Access): Promise<ImmigrationQuery[]> {
    return newestFirst(this.visible(access).andWhere("q.caseId IN (:...caseIds)", { caseIds: [...caseIds] })).getMany();
  }

  private visible(access: Access): SelectQueryBuilder<ImmigrationQuery> {
    return queriesVisibleTo(this.queries.createQueryBuilder("q"), "q", access);
  }
}

function newestFirst(qb: SelectQueryBuilder<ImmigrationQuery>): SelectQueryBuilder<ImmigrationQuery> {
  return qb.orderBy("q.raisedAt", "DESC").addOrderBy("q.id", "ASC");
}
