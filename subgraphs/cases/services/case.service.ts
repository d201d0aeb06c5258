import { Brackets, In, type DataSource, type Repository, type SelectQueryBuilder } from "typeorm";
import { BadUserInputError } from "../../../common/errors";
import type { Access } from "../../../common/policy/access";
import type { CaseStage, Programme, TypeOfConcern } from "../../kit/enums";
import { CasePanelMember } from "../entities/case-panel-member.entity";
import { Case } from "../entities/case.entity";
import { visibleTo } from "./case-access.service";
import { decodeCaseCursor, encodeCaseCursor } from "./cursor";
import { firstPerGroup } from "./ranked";

export const MAX_CASES_PAGE = 100;

/** Page sizes are 0..100; anything else is the client's mistake, named by `field`. */
export function assertPageSize(first: number, field = "first"): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_CASES_PAGE) {
    throw new BadUserInputError(`${field} must be between 0 and ${MAX_CASES_PAGE}`, field);
  }
}

export interface CaseQueryFilter {
  stage?: CaseStage | null;
  stages?: CaseStage[] | null;
  programme?: Programme | null;
  typeOfConcern?: TypeOfConcern | null;
  leadAgencyId?: string | null;
  referringAgencyId?: string | null;
  panelMemberAgencyId?: string | null;
  subjectId?: string | null;
  /** Inclusive. */
  referredFrom?: Date | null;
  /** Exclusive. */
  referredTo?: Date | null;
}

export interface CasePage {
  edges: { cursor: string; node: Case }[];
  hasNextPage: boolean;
}

export class CaseService {
  private readonly cases: Repository<Case>;
  private readonly panelMembers: Repository<CasePanelMember>;

  constructor(dataSource: DataSource) {
    this.cases = dataSource.getRepository(Case);
    this.panelMembers = dataSource.getRepository(CasePanelMember);
  }

  /** Newest first, keyset-paginated after an opaque cursor; reads `first + 1` rows to know if more follow. */
  async page(args: { first: number; after?: string | null; filter?: CaseQueryFilter | null }, access: Access): Promise<CasePage> {
    assertPageSize(args.first);
    const after = args.after ? decodeCaseCursor(args.after) : null;
    const qb = this.filtered(args.filter, access);
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("c.referredAt < :afterAt", { afterAt: after.referredAt })
            .orWhere("(c.referredAt = :afterAt AND c.id < :afterId)", { afterAt: after.referredAt, afterId: after.id }),
        ),
      );
    }
    const rows = await qb.orderBy("c.referredAt", "DESC").addOrderBy("c.id", "DESC").limit(args.first + 1).getMany();
    const nodes = rows.slice(0, args.first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCaseCursor(node), node })),
      hasNextPage: rows.length > args.first,
    };
  }

  count(filter: CaseQueryFilter | null | undefined, access: Access): Promise<number> {
    return this.filtered(filter, access).getCount();
  }

  /** The cases among `ids` the caller may see; the others answer exactly as missing ones do. */
  findByIds(ids: readonly string[], access: Access): Promise<Case[]> {
    return visibleTo(this.cases.createQueryBuilder("c"), "c", access).andWhere("c.id IN (:...ids)", { ids: [...ids] }).getMany();
  }

  findByReferences(references: readonly string[], access: Access): Promise<Case[]> {
    return visibleTo(this.cases.createQueryBuilder("c"), "c", access)
      .andWhere("c.reference IN (:...references)", { references: [...references] })
      .getMany();
  }

  /** Every visible case about each subject, newest first. */
  bySubjects(subjectIds: readonly string[], access: Access): Promise<Case[]> {
    return visibleTo(this.cases.createQueryBuilder("c"), "c", access)
      .andWhere("c.subjectId IN (:...subjectIds)", { subjectIds: [...subjectIds] })
      .orderBy("c.referredAt", "DESC")
      .addOrderBy("c.id", "DESC")
      .getMany();
  }

  /** The newest `first` visible cases each agency leads, for all the agencies in one statement. */
  async ledByAgencies(agencyIds: readonly string[], first: number, access: Access): Promise<Case[]> {
    assertPageSize(first);
    if (first === 0) return [];
    // Need-to-know applies inside the ranking, so each agency's page is full of visible cases.
    return firstPerGroup(this.cases, "c", {
      groupBy: "leadAgencyId",
      keys: agencyIds,
      orderBy: [
        ["referredAt", "DESC"],
        ["id", "DESC"],
      ],
      limit: first,
      where: (sub, alias) => visibleTo(sub, alias, access),
    })
      .orderBy("c.leadAgencyId", "ASC")
      .addOrderBy("c.referredAt", "DESC")
      .addOrderBy("c.id", "DESC")
      .getMany();
  }

  /** A random sample of the cases an agency leads (ids only), for a quality-assurance review. */
  async drawSample(leadAgencyId: string, size: number): Promise<string[]> {
    const rows = await this.cases
      .createQueryBuilder("c")
      .select("c.id", "id")
      .where("c.leadAgencyId = :leadAgencyId", { leadAgencyId })
      .orderBy("RANDOM()")
      .limit(size)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  panelMembersOf(caseIds: readonly string[]): Promise<CasePanelMember[]> {
    return this.panelMembers.find({ where: { caseId: In([...caseIds]) }, order: { caseId: "ASC", agencyId: "ASC" } });
  }

  private filtered(filter: CaseQueryFilter | null | undefined, access: Access): SelectQueryBuilder<Case> {
    const qb = visibleTo(this.cases.createQueryBuilder("c"), "c", access);
    if (!filter) return qb;
    const equal: [keyof CaseQueryFilter & keyof Case, string | null | undefined][] = [
      ["stage", filter.stage],
      ["programme", filter.programme],
      ["typeOfConcern", filter.typeOfConcern],
      ["leadAgencyId", filter.leadAgencyId],
      ["referringAgencyId", filter.referringAgencyId],
      ["subjectId", filter.subjectId],
    ];
    for (const [property, value] of equal) {
      if (value != null) qb.andWhere(`c.${property} = :${property}`, { [property]: value });
    }
    if (filter.stages != null) {
      // An empty list matches nothing, as `IN ()` would if SQL allowed it.
      if (filter.stages.length === 0) qb.andWhere("1 = 0");
      else qb.andWhere("c.stage IN (:...stages)", { stages: filter.stages });
    }
    if (filter.panelMemberAgencyId != null) {
      const onPanel = qb
        .subQuery()
        .select("1")
        .from(CasePanelMember, "pm")
        .where("pm.caseId = c.id")
        .andWhere("pm.agencyId = :panelMemberAgencyId")
        .getQuery();
      qb.andWhere(`EXISTS ${onPanel}`, { panelMemberAgencyId: filter.panelMemberAgencyId });
    }
    if (filter.referredFrom != null) qb.andWhere("c.referredAt >= :referredFrom", { referredFrom: filter.referredFrom });
    if (filter.referredTo != null) qb.andWhere("c.referredAt < :referredTo", { referredTo: filter.referredTo });
    return qb;
  }
}
