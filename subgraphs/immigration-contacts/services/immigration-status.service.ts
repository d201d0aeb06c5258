import { In, type DataSource, type Repository } from "typeorm";
import { ImmigrationStatus } from "../entities/immigration-status.entity";

export class ImmigrationStatusService {
  private readonly statuses: Repository<ImmigrationStatus>;

  constructor(dataSource: DataSource) {
    this.statuses = dataSource.getRepository(ImmigrationStatus);
  }

  findByPersonIds(personIds: readonly string[]): Promise<ImmigrationStatus[]> {
    return this.statuses.findBy({ personId: In([...personIds]) });
  }
}
