import { In, type DataSource, type FindOptionsWhere, type Repository } from "typeorm";
import { BadUserInputError } from "../../../common/errors";
import type { ImmigrationQueryStatus } from "../../kit/enums";
import { ImmigrationQuery } from "../entities/immigration-query.entity";

export const MAX_QUERIES_PAGE = 200;

const NEWEST_FIRST = { raisedAt: "DESC", id: "ASC" } as const;

export class ImmigrationQueryService {
  private readonly queries: Repository<ImmigrationQuery>;

  constructor(dataSource: DataSource) {
    this.queries = dataSource.getRepository(ImmigrationQuery);
  }

  /** Newest first; `first` must be 1..200. */
  list(filter: { status?: ImmigrationQueryStatus | null; contactId?: string | null; first: number }): Promise<ImmigrationQuery[]> {
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_QUERIES_PAGE) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_QUERIES_PAGE}`, "first");
    }
    const where: FindOptionsWhere<ImmigrationQuery> = {};
    if (filter.status) where.status = filter.status;
    if (filter.contactId) where.contactId = filter.contactId;
    return this.queries.find({ where, order: NEWEST_FIRST, take: filter.first });
  }

  findByIds(ids: readonly string[]): Promise<ImmigrationQuery[]> {
    return this.queries.findBy({ id: In([...ids]) });
  }

  findByCaseIds(caseIds: readonly string[]): Promise<ImmigrationQuery[]> {
    return this.queries.find({ where: { caseId: In([...caseIds]) }, order: NEWEST_FIRST });
  }
}
