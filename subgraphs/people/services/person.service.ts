import { In, type DataSource, type Repository } from "typeorm";
import { Person } from "../entities/person.entity";
import { inTransaction } from "../../kit/datasource";
import { Practitioner } from "../entities/practitioner.entity";

export class PersonService {
  private readonly persons: Repository<Person>;

  constructor(dataSource: DataSource) {
    this.persons = dataSource.getRepository(Person);
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.persons.findBy({ id: In([...ids]) });
  }

  async insert(person: Person): Promise<void> {
    await inTransaction(this.persons.manager.connection, (m) => m.insert(Person, person));
  }
}

export class PractitionerService {
  private readonly practitioners: Repository<Practitioner>;

  constructor(dataSource: DataSource) {
    this.practitioners = dataSource.getRepository(Practitioner);
  }

  findByIds(ids: readonly string[]): Promise<Practitioner[]> {
    return this.practitioners.findBy({ id: In([...ids]) });
  }

  listByAgency(agencyId: string | null | undefined): Promise<Practitioner[]> {
    return this.practitioners.find({ where: agencyId ? { agencyId } : {}, order: { id: "ASC" } });
  }
}
