import { In, type DataSource, type Repository } from "typeorm";
import { Person } from "../entities/person.entity";
import { recordedTransaction } from "../../kit/audit/recorded-transaction";
import type { RequestScope } from "../../kit/context.type";
import { Practitioner } from "../entities/practitioner.entity";

export class PersonService {
  private readonly persons: Repository<Person>;

  constructor(dataSource: DataSource) {
    this.persons = dataSource.getRepository(Person);
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.persons.findBy({ id: In([...ids]) });
  }

  /** A person referred for the first time, recorded as collected with the insert. */
  async register(scope: RequestScope, person: Person): Promise<void> {
    await recordedTransaction(this.persons.manager.connection, scope, async (m, changes) => {
      await m.insert(Person, person);
      changes.record(
        "COLLECTION",
        { type: "Person", id: person.id, subjectId: person.id },
        ["givenName", "familyName", "dateOfBirth", "gender", "postcode", "town"].map((field) => `Person.${field}`),
      );
    });
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
