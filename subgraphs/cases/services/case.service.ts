import { Brackets, In, type DataSource, type Repository, type SelectQueryBuilder } from "typeorm";
import { DriverUtils } from "typeorm/driver/DriverUtils";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
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
  /**
   * The text of the page and count statements, by their shape: every dashboard asks the same
   * few shapes, and generating the SQL was a tenth of the subgraph's work per request. The
   * query builder still builds each request's statement, so its parameters are exactly its own.
   */
  private readonly texts = new Map<string, string>();
  /** Each column of a case and the alias the query builder selects it as. */
  private readonly columns: { column: ColumnMetadata; alias: string }[];

  constructor(private readonly dataSource: DataSource) {
    this.cases = dataSource.getRepository(Case);
    this.panelMembers = dataSource.getRepository(CasePanelMember);
    this.columns = dataSource
      .getMetadata(Case)
      .columns.filter((column) => !column.isVirtual)
      .map((column) => ({ column, alias: DriverUtils.buildAlias(dataSource.driver, undefined, "c", column.databaseName) }));
  }

  /** The statement's text for this shape (built once), with this request's parameters. */
  private statement(shape: string, qb: SelectQueryBuilder<Case>): [string, unknown[]] {
    let text = this.texts.get(shape);
    if (text === undefined) {
      text = qb.getQuery();
      if (this.texts.size > 500) this.texts.clear();
      this.texts.set(shape, text);
    }
    return this.dataSource.driver.escapeQueryWithParameters(text, qb.getParameters());
  }

  /** Cases from the raw rows of a statement selecting every column of `c`, converted as typeorm converts them. */
  private hydrate(rows: Record<string, unknown>[]): Case[] {
    const metadata = this.dataSource.getMetadata(Case);
    return rows.map((raw) => {
      const entity = metadata.create() as Case;
      for (const { column, alias } of this.columns) {
        const value = raw[alias];
        if (value !== undefined) column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(value, column));
      }
      return entity;
    });
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
    qb.orderBy("c.referredAt", "DESC").addOrderBy("c.id", "DESC").limit(args.first + 1);
    const rows = this.hydrate((await this.dataSource.query(...this.statement(`page|${args.first}|${after ? 1 : 0}|${this.shapeOf(args.filter, access)}`, qb))) as Record<string, unknown>[]);
    const nodes = rows.slice(0, args.first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCaseCursor(node), node })),
      hasNextPage: rows.length > args.first,
    };
  }

  async count(filter: CaseQueryFilter | null | undefined, access: Access): Promise<number> {
    // No joins: every row is one case, so COUNT(*) counts what COUNT(DISTINCT id) would.
    const qb = this.filtered(filter, access).select("COUNT(*)", "cnt");
    const [row] = (await this.dataSource.query(...this.statement(`count|${this.shapeOf(filter, access)}`, qb))) as { cnt: number | string }[];
    return Number(row?.cnt ?? 0);
  }

  /**
   * What decides the text of a filtered statement (never the values): which filters are set,
   * how many stages, and which need-to-know predicates the caller's policy adds (`visibleTo`).
   */
  private shapeOf(filter: CaseQueryFilter | null | undefined, access: Access): string {
    const set = filter ? Object.keys(filter).filter((k) => filter[k as keyof CaseQueryFilter] != null).sort() : [];
    const stages = filter?.stages != null ? filter.stages.length : -1;
    const kinds = [...access.relationshipsGranting("personal")].sort().join(",");
    const partners = access.agreementPartnersGranting("personal").length > 0;
    return `${set.join(",")}|${stages === 0 ? "none" : stages > 0 ? "some" : "-"}|${kinds}|${partners ? 1 : 0}|${access.subjectAccessPerson !== null ? 1 : 0}|${access.qualityAssuranceCases.length > 0 ? 1 : 0}`;
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
