import type { DataSource, Repository, SelectQueryBuilder } from "typeorm";
import type { Access, RowRelationships } from "../../../common/policy/access";
import { Relationship, type Category } from "../../../common/policy/vocabulary";
import { ImmigrationContact } from "../entities/immigration-contact.entity";
import { ImmigrationQuery } from "../entities/immigration-query.entity";

/** What relates a caller to an immigration question: who raised it, and which SPOC it was put to. */
export interface QueryFacts {
  subjectId: string;
  raisedByAgencyId: string;
  /** The platform user who answers for the contact asked (null if they have no account). */
  spocPractitionerId: string | null;
}

/** Mirrors `queriesVisibleTo`, which does the same in SQL. */
export function relationshipsToQuery(facts: QueryFacts, access: Access): RowRelationships {
  const kinds = new Set<Relationship>([Relationship.ANY]);
  if (facts.raisedByAgencyId === access.principal.agencyId) kinds.add(Relationship.QUERY_RAISER);
  if (facts.spocPractitionerId !== null && facts.spocPractitionerId === access.principal.sub) kinds.add(Relationship.SPOC_ASKED);
  if (access.subjectAccessPerson !== null && access.subjectAccessPerson === facts.subjectId) kinds.add(Relationship.SUBJECT_ACCESS);
  return { kinds };
}

/** Need-to-know in SQL: only the questions the caller raised, or that were put to them. */
export function queriesVisibleTo<T extends object>(qb: SelectQueryBuilder<T>, alias: string, access: Access, category: Category = "personal"): SelectQueryBuilder<T> {
  const kinds = access.relationshipsGranting(category);
  if (kinds.has(Relationship.ANY)) return qb;
  const predicates: string[] = [];
  if (kinds.has(Relationship.QUERY_RAISER)) predicates.push(`${alias}.raisedByAgencyId = :nkAgency`);
  if (kinds.has(Relationship.SPOC_ASKED)) {
    const asked = qb.subQuery().select("k.id").from(ImmigrationContact, "k").where("k.practitionerId = :nkSub").getQuery();
    predicates.push(`${alias}.contactId IN ${asked}`);
  }
  const sar = access.subjectAccessPerson;
  if (kinds.has(Relationship.SUBJECT_ACCESS) && sar !== null) predicates.push(`${alias}.subjectId = :nkSubject`);
  if (predicates.length === 0) return qb.andWhere("1 = 0");
  return qb.andWhere(`(${predicates.join(" OR ")})`, { nkAgency: access.principal.agencyId, nkSub: access.principal.sub, nkSubject: sar });
}

export class QueryAccessService {
  private readonly queries: Repository<ImmigrationQuery>;

  constructor(dataSource: DataSource) {
    this.queries = dataSource.getRepository(ImmigrationQuery);
  }

  /** Every question about these people, with what relates a caller to each, in one statement. */
  async factsOfSubjects(subjectIds: readonly string[]): Promise<QueryFacts[]> {
    const rows = await this.queries
      .createQueryBuilder("q")
      .leftJoin(ImmigrationContact, "k", "k.id = q.contactId")
      .select("q.subjectId", "subjectId")
      .addSelect("q.raisedByAgencyId", "raisedByAgencyId")
      .addSelect("k.practitionerId", "spocPractitionerId")
      .where("q.subjectId IN (:...subjectIds)", { subjectIds: [...subjectIds] })
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      subjectId: String(r.subjectId),
      raisedByAgencyId: String(r.raisedByAgencyId),
      spocPractitionerId: r.spocPractitionerId == null ? null : String(r.spocPractitionerId),
    }));
  }
}
