import type { DataSource, Repository, SelectQueryBuilder } from "typeorm";
import type { Access, RowRelationships } from "../../../common/policy/access";
import { Relationship, type Category } from "../../../common/policy/vocabulary";
import { CasePanelMember } from "../entities/case-panel-member.entity";
import { Case } from "../entities/case.entity";
import { CtRiskAssessment } from "../entities/ct-risk-assessment.entity";
import { DdpConditions } from "../entities/ddp-conditions.entity";
import { HealthInformation } from "../entities/health-information.entity";

/** What decides a caller's relationships to one case, read in one statement for many cases. */
export interface CaseFacts {
  id: string;
  subjectId: string;
  leadAgencyId: string;
  referringAgencyId: string;
  screenedByAgencyId: string | null;
  region: string | null;
  onPanel: boolean;
  ctAssessor: boolean;
  healthProvider: boolean;
  ddpManager: boolean;
}

/** The caller's relationships to a case, from its facts (mirrors `visibleTo` below, which does it in SQL). */
export function relationshipsToCase(facts: CaseFacts, access: Access): RowRelationships {
  const me = access.principal;
  const kinds = new Set<Relationship>([Relationship.ANY]);
  if (facts.leadAgencyId === me.agencyId) kinds.add(Relationship.LEAD);
  if (facts.referringAgencyId === me.agencyId) kinds.add(Relationship.REFERRER);
  if (facts.onPanel) kinds.add(Relationship.PANEL);
  if (facts.screenedByAgencyId === me.agencyId || (facts.screenedByAgencyId === null && facts.region === me.region)) {
    kinds.add(Relationship.SCREENER);
  }
  if (facts.ctAssessor) kinds.add(Relationship.CT_ASSESSOR);
  if (facts.healthProvider) kinds.add(Relationship.HEALTH_PROVIDER);
  if (facts.ddpManager) kinds.add(Relationship.DDP_MANAGER);
  if (access.subjectAccessPerson !== null && access.subjectAccessPerson === facts.subjectId) kinds.add(Relationship.SUBJECT_ACCESS);
  if (access.qualityAssuranceCases.includes(facts.id)) kinds.add(Relationship.QA_SAMPLE);
  const agreed = access.agreedWith(facts.leadAgencyId);
  if (agreed.size > 0) kinds.add(Relationship.AGREEMENT);
  return { kinds, agreed, row: { type: "Case", id: facts.id, subjectId: facts.subjectId } };
}

const truthy = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === "t" || v === "true";

/**
 * Need-to-know in SQL: keeps only the cases on which the caller may see `category` (every case
 * field needs at least `personal`, so that is the row gate). Built from the policy, so the rows
 * a list returns and the fields the shield allows on them agree.
 */
export function visibleTo<T extends object>(qb: SelectQueryBuilder<T>, alias: string, access: Access, category: Category = "personal"): SelectQueryBuilder<T> {
  const me = access.principal;
  const kinds = access.relationshipsGranting(category);
  const partners = access.agreementPartnersGranting(category);
  const exists = (entity: Function, column: string) =>
    `EXISTS ${qb.subQuery().select("1").from(entity, "x").where(`x.caseId = ${alias}.id`).andWhere(`x.${column} = :nkAgency`).getQuery()}`;
  // A policy granting the category whatever the relationship (never the real one: a test checks) sees every row.
  if (kinds.has(Relationship.ANY)) return qb;
  const predicates: string[] = [];
  if (kinds.has(Relationship.LEAD)) predicates.push(`${alias}.leadAgencyId = :nkAgency`);
  if (kinds.has(Relationship.REFERRER)) predicates.push(`${alias}.referringAgencyId = :nkAgency`);
  if (kinds.has(Relationship.PANEL)) predicates.push(exists(CasePanelMember, "agencyId"));
  if (kinds.has(Relationship.SCREENER)) {
    predicates.push(`(${alias}.screenedByAgencyId = :nkAgency OR (${alias}.screenedByAgencyId IS NULL AND ${alias}.region = :nkRegion))`);
  }
  if (kinds.has(Relationship.CT_ASSESSOR)) predicates.push(exists(CtRiskAssessment, "assessedByAgencyId"));
  if (kinds.has(Relationship.HEALTH_PROVIDER)) predicates.push(exists(HealthInformation, "providedByAgencyId"));
  if (kinds.has(Relationship.DDP_MANAGER)) predicates.push(exists(DdpConditions, "managingAgencyId"));
  if (partners.length > 0) predicates.push(`${alias}.leadAgencyId IN (:...nkPartners)`);
  const sar = access.subjectAccessPerson;
  if (kinds.has(Relationship.SUBJECT_ACCESS) && sar !== null) predicates.push(`${alias}.subjectId = :nkSubject`);
  const sampled = access.qualityAssuranceCases;
  if (kinds.has(Relationship.QA_SAMPLE) && sampled.length > 0) predicates.push(`${alias}.id IN (:...nkSampled)`);
  if (predicates.length === 0) return qb.andWhere("1 = 0");
  return qb.andWhere(`(${predicates.join(" OR ")})`, { nkAgency: me.agencyId, nkRegion: me.region, nkPartners: partners, nkSubject: sar, nkSampled: sampled });
}

export class CaseAccessService {
  private readonly cases: Repository<Case>;
  /** The facts statement, by the column it selects cases on: built once (every request runs it). */
  private readonly statements = new Map<"id" | "subjectId", string>();

  constructor(private readonly dataSource: DataSource) {
    this.cases = dataSource.getRepository(Case);
  }

  factsOfCases(caseIds: readonly string[], access: Access): Promise<CaseFacts[]> {
    return this.facts(access, "id", caseIds);
  }

  factsOfSubjects(subjectIds: readonly string[], access: Access): Promise<CaseFacts[]> {
    return this.facts(access, "subjectId", subjectIds);
  }

  private statement(by: "id" | "subjectId"): string {
    let sql = this.statements.get(by);
    if (!sql) {
      const qb = this.cases.createQueryBuilder("c");
      const exists = (entity: Function, column: string) =>
        `EXISTS ${qb.subQuery().select("1").from(entity, "x").where("x.caseId = c.id").andWhere(`x.${column} = :factsAgency`).getQuery()}`;
      sql = qb
        .select("c.id", "id")
        .addSelect("c.subjectId", "subjectId")
        .addSelect("c.leadAgencyId", "leadAgencyId")
        .addSelect("c.referringAgencyId", "referringAgencyId")
        .addSelect("c.screenedByAgencyId", "screenedByAgencyId")
        .addSelect("c.region", "region")
        .addSelect(`CASE WHEN ${exists(CasePanelMember, "agencyId")} THEN 1 ELSE 0 END`, "onPanel")
        .addSelect(`CASE WHEN ${exists(CtRiskAssessment, "assessedByAgencyId")} THEN 1 ELSE 0 END`, "ctAssessor")
        .addSelect(`CASE WHEN ${exists(HealthInformation, "providedByAgencyId")} THEN 1 ELSE 0 END`, "healthProvider")
        .addSelect(`CASE WHEN ${exists(DdpConditions, "managingAgencyId")} THEN 1 ELSE 0 END`, "ddpManager")
        .where(`c.${by} IN (:...factIds)`)
        .getQuery();
      this.statements.set(by, sql);
    }
    return sql;
  }

  /** One statement for all the rows asked for; its text is built once, only the values change. */
  private async facts(access: Access, by: "id" | "subjectId", keys: readonly string[]): Promise<CaseFacts[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(this.statement(by), { factsAgency: access.principal.agencyId, factIds: [...keys] });
    const rows = (await this.dataSource.query(query, values)) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: String(r.id),
      subjectId: String(r.subjectId),
      leadAgencyId: String(r.leadAgencyId),
      referringAgencyId: String(r.referringAgencyId),
      screenedByAgencyId: r.screenedByAgencyId == null ? null : String(r.screenedByAgencyId),
      region: r.region == null ? null : String(r.region),
      onPanel: truthy(r.onPanel),
      ctAssessor: truthy(r.ctAssessor),
      healthProvider: truthy(r.healthProvider),
      ddpManager: truthy(r.ddpManager),
    }));
  }
}
