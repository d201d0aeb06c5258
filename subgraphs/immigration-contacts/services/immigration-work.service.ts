import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { AgencyKind, ImmigrationQueryStatus, PractitionerRole, type ImmigrationStatusKind, type Region } from "../../../common/domain";
import { BadUserInputError, ForbiddenError, NotFoundError, PurposeRequiredError } from "../../../common/errors";
import { PURPOSE_HINT } from "../../../common/policy/purpose";
import { recordedTransaction, type ChangeRecorder } from "../../kit/audit/recorded-transaction";
import type { RequestScope } from "../../kit/context.type";
import { ImmigrationContact } from "../entities/immigration-contact.entity";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import { ImmigrationStatus } from "../entities/immigration-status.entity";
import type { ImmigrationQueryService } from "./immigration-query.service";

export interface ContactInput {
  id?: string | null;
  name: string;
  region: Region;
  email: string;
  phone: string;
  practitionerId?: string | null;
}

const QUERY_FIELDS = ["ImmigrationQuery.question", "ImmigrationQuery.status", "ImmigrationQuery.raisedAt", "ImmigrationQuery.case", "ImmigrationQuery.subject", "ImmigrationQuery.contact"];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +()-]{6,32}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw new BadUserInputError(`${field} must be ${min} to ${max} characters`, field);
  return trimmed;
}

/**
 * Immigration questions: a Channel Chair asks the SPOC for their region about the subject of a
 * case their authority leads (checked with the cases subgraph, on the chair's behalf); the SPOC
 * asked answers, recording the status; the raising authority may withdraw an open question.
 * Each change is recorded as collection or alteration.
 */
export class ImmigrationWorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ImmigrationQueryService,
  ) {}

  async raise(scope: RequestScope, caseId: string, question: string, now = new Date()): Promise<ImmigrationQuery> {
    this.requirePurpose(scope);
    const me = scope.access.principal;
    if (me.agencyKind !== AgencyKind.LOCAL_AUTHORITY || !me.roles.includes(PractitionerRole.CHANNEL_CHAIR)) {
      throw new ForbiddenError("Only a local authority's Channel Chair raises immigration questions.");
    }
    const asked = text(question, "question", 10, 2000);
    const { case: kase } = await scope.peers.query<{ case: { id: string; leadAgency: { id: string } | null; subject: { id: string } | null } | null }>(
      "cases",
      "query Case($id: ID!) { case(id: $id) { id leadAgency { id } subject { id } } }",
      { id: caseId },
    );
    if (!kase) throw new NotFoundError(`No case ${caseId} that you may see.`);
    if (kase.leadAgency?.id !== me.agencyId || !kase.subject) throw new ForbiddenError("You may only ask about the subject of a case your authority leads.");
    const contact = await this.dataSource.getRepository(ImmigrationContact).findOne({ where: { region: me.region }, order: { name: "ASC", id: "ASC" } });
    if (!contact) throw new BadUserInputError(`There is no immigration SPOC for ${me.region} in the directory`, "caseId");
    const row: ImmigrationQuery = {
      id: randomUUID(),
      caseId: kase.id,
      subjectId: kase.subject.id,
      raisedByPractitionerId: me.sub,
      raisedByAgencyId: me.agencyId,
      contactId: contact.id,
      question: asked,
      status: ImmigrationQueryStatus.OPEN,
      answer: null,
      raisedAt: now,
      answeredAt: null,
    };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.insert(ImmigrationQuery, row);
      this.record(changes, "COLLECTION", row, QUERY_FIELDS);
    });
    return row;
  }

  async answer(scope: RequestScope, queryId: string, status: ImmigrationStatusKind, answer: string, now = new Date()): Promise<ImmigrationQuery> {
    this.requirePurpose(scope);
    const text_ = text(answer, "answer", 3, 2000);
    const query = await this.visible(scope, queryId);
    const contact = await this.dataSource.getRepository(ImmigrationContact).findOneBy({ id: query.contactId });
    if (contact?.practitionerId !== scope.access.principal.sub) throw new ForbiddenError("Only the SPOC the question was put to may answer it.");
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      const res = await m
        .createQueryBuilder()
        .update(ImmigrationQuery)
        .set({ status: ImmigrationQueryStatus.ANSWERED, answer: text_, answeredAt: now })
        .where("id = :id AND status = :open", { id: query.id, open: ImmigrationQueryStatus.OPEN })
        .execute();
      if (res.affected !== 1) throw new BadUserInputError("The question is no longer open", "queryId");
      await m.getRepository(ImmigrationStatus).save({ personId: query.subjectId, status, recordedAt: now, sourceQueryId: query.id });
      this.record(changes, "ALTERATION", query, ["ImmigrationQuery.status", "ImmigrationQuery.answer", "ImmigrationQuery.answeredAt"]);
      changes.record("COLLECTION", { type: "Person", id: query.subjectId, subjectId: query.subjectId }, ["ImmigrationStatus.status", "ImmigrationStatus.recordedAt"]);
    });
    return { ...query, status: ImmigrationQueryStatus.ANSWERED, answer: text_, answeredAt: now };
  }

  async withdraw(scope: RequestScope, queryId: string): Promise<ImmigrationQuery> {
    this.requirePurpose(scope);
    const query = await this.visible(scope, queryId);
    const me = scope.access.principal;
    if (query.raisedByAgencyId !== me.agencyId || !me.roles.includes(PractitionerRole.CHANNEL_CHAIR)) {
      throw new ForbiddenError("Only the chair's authority that raised the question may withdraw it.");
    }
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      const res = await m
        .createQueryBuilder()
        .update(ImmigrationQuery)
        .set({ status: ImmigrationQueryStatus.WITHDRAWN })
        .where("id = :id AND status = :open", { id: query.id, open: ImmigrationQueryStatus.OPEN })
        .execute();
      if (res.affected !== 1) throw new BadUserInputError("The question is no longer open", "queryId");
      this.record(changes, "ALTERATION", query, ["ImmigrationQuery.status"]);
    });
    return { ...query, status: ImmigrationQueryStatus.WITHDRAWN };
  }

  /** Adds or updates a SPOC in the directory (immigration enforcement's own reference data). */
  async saveContact(scope: RequestScope, input: ContactInput): Promise<ImmigrationContact> {
    const me = scope.access.principal;
    if (me.agencyKind !== AgencyKind.IMMIGRATION_ENFORCEMENT) throw new ForbiddenError("Immigration enforcement maintains the SPOC directory.");
    const id = input.id?.trim() || `spoc-${randomUUID().slice(0, 8)}`;
    if (!SLUG.test(id)) throw new BadUserInputError("id is lower-case letters, digits and hyphens", "input.id");
    const email = text(input.email, "input.email", 6, 200);
    if (!EMAIL.test(email)) throw new BadUserInputError("input.email is not an e-mail address", "input.email");
    const phone = text(input.phone, "input.phone", 6, 32);
    if (!PHONE.test(phone)) throw new BadUserInputError("input.phone is not a telephone number", "input.phone");
    const contact: ImmigrationContact = {
      id,
      name: text(input.name, "input.name", 2, 200),
      region: input.region,
      email,
      phone,
      agencyId: me.agencyId,
      practitionerId: input.practitionerId?.trim() || null,
    };
    const existing = await this.dataSource.getRepository(ImmigrationContact).findOneBy({ id });
    if (existing && existing.agencyId !== me.agencyId) throw new ForbiddenError("That contact belongs to another agency.");
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.getRepository(ImmigrationContact).save(contact);
      changes.record(existing ? "ALTERATION" : "COLLECTION", { type: "ImmigrationContact", id, subjectId: null }, ["name", "region", "email", "phone"].map((field) => `ImmigrationContact.${field}`));
    });
    return contact;
  }

  private async visible(scope: RequestScope, queryId: string): Promise<ImmigrationQuery> {
    const [query] = await this.queries.findByIds([queryId], scope.access);
    if (!query) throw new NotFoundError(`No immigration question ${queryId} that you may see.`);
    return query;
  }

  private record(changes: ChangeRecorder, action: "COLLECTION" | "ALTERATION", query: ImmigrationQuery, fields: string[]): void {
    changes.record(action, { type: "ImmigrationQuery", id: query.id, subjectId: query.subjectId }, fields);
  }

  private requirePurpose(scope: RequestScope): void {
    if (!scope.purpose) throw new PurposeRequiredError(`Immigration questions are restricted data: ${PURPOSE_HINT}.`);
  }
}
