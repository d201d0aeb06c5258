import { randomUUID } from "node:crypto";
import { In, IsNull, type DataSource, type Repository } from "typeorm";
import type { AgreementGrant } from "../../../common/auth/principal";
import { PractitionerRole, SharedDataCategory } from "../../../common/domain";
import { BadUserInputError, ForbiddenError, NotFoundError } from "../../../common/errors";
import type { Access } from "../../../common/policy/access";
import { SHARED_CATEGORY, type Category } from "../../../common/policy/vocabulary";
import { Agency } from "../entities/agency.entity";
import { SharingAgreementParty } from "../entities/sharing-agreement-party.entity";
import { SharingAgreement } from "../entities/sharing-agreement.entity";
import { inTransaction } from "../../kit/datasource";

export interface NewSharingAgreement {
  title: string;
  legalBasis: string;
  partyAgencyIds: string[];
  categories: SharedDataCategory[];
  validFrom: string;
  validTo?: string | null;
}

/** Today as a calendar date in UTC: agreements run from and to whole days. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isActive(agreement: Pick<SharingAgreement, "validFrom" | "validTo" | "endedAt">, on: string): boolean {
  return agreement.endedAt === null && agreement.validFrom <= on && (agreement.validTo === null || agreement.validTo >= on);
}

const MAX_PARTIES = 20;

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw new BadUserInputError(`${field} must be ${min} to ${max} characters`, field);
  return trimmed;
}

export class SharingAgreementService {
  private readonly agreements: Repository<SharingAgreement>;
  private readonly parties: Repository<SharingAgreementParty>;
  private readonly agencies: Repository<Agency>;

  constructor(private readonly dataSource: DataSource) {
    this.agreements = dataSource.getRepository(SharingAgreement);
    this.parties = dataSource.getRepository(SharingAgreementParty);
    this.agencies = dataSource.getRepository(Agency);
  }

  /** Newest first; optionally those an agency is party to, and only those active today. */
  async list(filter: { agencyId?: string | null; activeOnly?: boolean | null }): Promise<SharingAgreement[]> {
    const qb = this.agreements.createQueryBuilder("a");
    if (filter.agencyId) {
      const party = qb.subQuery().select("p.agreementId").from(SharingAgreementParty, "p").where("p.agencyId = :agencyId").getQuery();
      qb.where(`a.id IN ${party}`, { agencyId: filter.agencyId });
    }
    const rows = await qb.orderBy("a.createdAt", "DESC").addOrderBy("a.id", "ASC").getMany();
    const on = today();
    return filter.activeOnly ? rows.filter((a) => isActive(a, on)) : rows;
  }

  findByIds(ids: readonly string[]): Promise<SharingAgreement[]> {
    return this.agreements.findBy({ id: In([...ids]) });
  }

  partiesOf(agreementIds: readonly string[]): Promise<SharingAgreementParty[]> {
    return this.parties.find({ where: { agreementId: In([...agreementIds]) }, order: { agencyId: "ASC" } });
  }

  async create(input: NewSharingAgreement, access: Access, now = new Date()): Promise<SharingAgreement> {
    const title = text(input.title, "input.title", 3, 200);
    const legalBasis = text(input.legalBasis, "input.legalBasis", 3, 500);
    const partyIds = [...new Set(input.partyAgencyIds.map((id) => id.trim()))];
    if (partyIds.length < 2) throw new BadUserInputError("An agreement needs at least two different parties", "input.partyAgencyIds");
    if (partyIds.length > MAX_PARTIES) throw new BadUserInputError(`At most ${MAX_PARTIES} parties`, "input.partyAgencyIds");
    const known = new Set((await this.agencies.findBy({ id: In(partyIds) })).map((a) => a.id));
    const unknown = partyIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new BadUserInputError(`No such agency: ${unknown.join(", ")}`, "input.partyAgencyIds");
    const categories = [...new Set(input.categories)];
    if (categories.length === 0) throw new BadUserInputError("Name at least one data category", "input.categories");
    // Every field of a case is at least personal data: without it an agreement would open nothing.
    if (!categories.includes(SharedDataCategory.PERSONAL)) {
      throw new BadUserInputError("An agreement shares cases, so it must include PERSONAL", "input.categories");
    }
    const validTo = input.validTo ?? null;
    if (validTo !== null && validTo < input.validFrom) throw new BadUserInputError("validTo must not be before validFrom", "input.validTo");
    this.assertMayManage(access, partyIds);

    const agreement: SharingAgreement = {
      id: randomUUID(),
      title,
      legalBasis,
      categories,
      validFrom: input.validFrom,
      validTo,
      createdAt: now,
      createdBy: access.principal.sub,
      endedAt: null,
      endedBy: null,
      endReason: null,
    };
    await inTransaction(this.dataSource, async (manager) => {
      await manager.insert(SharingAgreement, agreement);
      await manager.insert(SharingAgreementParty, partyIds.map((agencyId) => ({ agreementId: agreement.id, agencyId })));
    });
    return agreement;
  }

  async end(id: string, reason: string, access: Access, now = new Date()): Promise<SharingAgreement> {
    const endReason = text(reason, "reason", 3, 500);
    const agreement = await this.agreements.findOneBy({ id });
    if (!agreement) throw new NotFoundError(`No sharing agreement ${id}`);
    this.assertMayManage(access, (await this.partiesOf([id])).map((p) => p.agencyId));
    if (agreement.endedAt !== null) throw new BadUserInputError("The agreement has already ended", "id");
    // Conditional on still being open, so two ends racing record one.
    const result = await inTransaction(this.dataSource, (manager) =>
      manager
        .createQueryBuilder()
        .update(SharingAgreement)
        .set({ endedAt: now, endedBy: access.principal.sub, endReason })
        .where("id = :id", { id })
        .andWhere("ended_at IS NULL")
        .execute(),
    );
    if (result.affected === 0) throw new BadUserInputError("The agreement has already ended", "id");
    return { ...agreement, endedAt: now, endedBy: access.principal.sub, endReason };
  }

  /** What the agreements active today let `agencyId` see, partner by partner. */
  async grantsOf(agencyId: string, on = today()): Promise<AgreementGrant[]> {
    const mine = await this.parties.find({ where: { agencyId } });
    if (mine.length === 0) return [];
    const agreements = (await this.agreements.findBy({ id: In(mine.map((p) => p.agreementId)), endedAt: IsNull() })).filter((a) => isActive(a, on));
    if (agreements.length === 0) return [];
    const byPartner = new Map<string, Set<Category>>();
    const categoriesOf = new Map(agreements.map((a) => [a.id, a.categories.map((c) => SHARED_CATEGORY[c]).filter((c): c is Category => c !== undefined)]));
    for (const party of await this.partiesOf(agreements.map((a) => a.id))) {
      if (party.agencyId === agencyId) continue;
      const set = byPartner.get(party.agencyId) ?? new Set<Category>();
      for (const c of categoriesOf.get(party.agreementId) ?? []) set.add(c);
      byPartner.set(party.agencyId, set);
    }
    return [...byPartner].sort(([a], [b]) => a.localeCompare(b)).map(([partnerAgencyId, set]) => ({ partnerAgencyId, categories: [...set].sort() }));
  }

  /** A coordinator manages their own agency's agreements; a data protection officer any. */
  private assertMayManage(access: Access, partyIds: readonly string[]): void {
    if (access.hasRole(PractitionerRole.DATA_PROTECTION_OFFICER)) return;
    if (!partyIds.includes(access.agencyId)) {
      throw new ForbiddenError("You may only create or end agreements your own agency is a party to.");
    }
  }
}
