import { In, type DataSource, type FindOptionsWhere, type Repository } from "typeorm";
import type { AgencyKind, Region } from "../../kit/enums";
import { Agency } from "../entities/agency.entity";

export class AgencyService {
  private readonly agencies: Repository<Agency>;

  constructor(dataSource: DataSource) {
    this.agencies = dataSource.getRepository(Agency);
  }

  list(filter: { region?: Region | null; kind?: AgencyKind | null }): Promise<Agency[]> {
    const where: FindOptionsWhere<Agency> = {};
    if (filter.region) where.region = filter.region;
    if (filter.kind) where.kind = filter.kind;
    return this.agencies.find({ where, order: { name: "ASC" } });
  }

  findByIds(ids: readonly string[]): Promise<Agency[]> {
    return this.agencies.findBy({ id: In([...ids]) });
  }
}
