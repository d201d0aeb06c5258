import { In, type DataSource, type FindOptionsWhere, type Repository } from "typeorm";
import type { Region } from "../../kit/enums";
import { ImmigrationContact } from "../entities/immigration-contact.entity";

export class ImmigrationContactService {
  private readonly contacts: Repository<ImmigrationContact>;

  constructor(dataSource: DataSource) {
    this.contacts = dataSource.getRepository(ImmigrationContact);
  }

  list(filter: { region?: Region | null }): Promise<ImmigrationContact[]> {
    const where: FindOptionsWhere<ImmigrationContact> = {};
    if (filter.region) where.region = filter.region;
    return this.contacts.find({ where, order: { region: "ASC", name: "ASC", id: "ASC" } });
  }

  findByIds(ids: readonly string[]): Promise<ImmigrationContact[]> {
    return this.contacts.findBy({ id: In([...ids]) });
  }
}
