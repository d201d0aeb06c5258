import { In, LessThan, type EntityManager } from "typeorm";
import { CaseStage } from "../common/domain";
import { Case } from "../subgraphs/cases/entities/case.entity";
import { ImmigrationQuery } from "../subgraphs/immigration-contacts/entities/immigration-query.entity";
import { ImmigrationStatus } from "../subgraphs/immigration-contacts/entities/immigration-status.entity";
import { appendRecords } from "../subgraphs/kit/audit/audit-writer";
import { canonicalEntries, type AuditEntry, type AuditRecordContent } from "../subgraphs/kit/audit/chain";
import { inTransaction } from "../subgraphs/kit/datasource";
import { Person } from "../subgraphs/people/entities/person.entity";
import type { Databases } from "./platform";

/**
 * Retention: closed cases whose closure is older than the retention period are erased from
 * every subgraph: the case and everything under it (cases), the immigration questions on it and
 * the statuses they recorded (immigration-contacts), and the person when no other case of theirs
 * remains (people). Each subgraph records the erasure in its audit chain in the same transaction.
 * Dependents go first, the cases last: a run that stops half way is finished by the next.
 */
export interface RetentionPlan {
  cutoff: Date;
  cases: { id: string; reference: string; subjectId: string; closedAt: Date }[];
  persons: string[];
  queries: { id: string; caseId: string; subjectId: string }[];
  statuses: string[];
}

export interface RetentionOptions {
  years: number;
  now?: Date;
  /** Who runs it, for the erasure records. */
  actor?: string;
}

export function retentionCutoff(years: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** What a run would erase (nothing is changed). */
export async function planRetention(databases: Databases, options: RetentionOptions): Promise<RetentionPlan> {
  const cutoff = retentionCutoff(options.years, options.now);
  const cases = databases.cases.dataSource.getRepository(Case);
  const expired = await cases.find({
    where: { stage: CaseStage.CLOSED, closedAt: LessThan(cutoff) },
    order: { closedAt: "ASC", id: "ASC" },
    select: { id: true, reference: true, subjectId: true, closedAt: true },
  });
  const expiredIds = new Set(expired.map((c) => c.id));
  const subjects = [...new Set(expired.map((c) => c.subjectId))];
  const keep = new Set<string>();
  for (let i = 0; i < subjects.length; i += 500) {
    const others = await cases.find({ where: { subjectId: In(subjects.slice(i, i + 500)) }, select: { id: true, subjectId: true } });
    for (const c of others) if (!expiredIds.has(c.id)) keep.add(c.subjectId);
  }
  const persons = subjects.filter((s) => !keep.has(s)).sort();
  const queryRepo = databases["immigration-contacts"].dataSource.getRepository(ImmigrationQuery);
  const queries: RetentionPlan["queries"] = [];
  const caseIds = [...expiredIds];
  for (let i = 0; i < caseIds.length; i += 500) {
    for (const q of await queryRepo.find({ where: { caseId: In(caseIds.slice(i, i + 500)) }, select: { id: true, caseId: true, subjectId: true } })) {
      queries.push({ id: q.id, caseId: q.caseId, subjectId: q.subjectId });
    }
  }
  const statusRepo = databases["immigration-contacts"].dataSource.getRepository(ImmigrationStatus);
  const statuses = new Set<string>();
  const queryIds = queries.map((q) => q.id);
  for (let i = 0; i < queryIds.length; i += 500) {
    for (const s of await statusRepo.find({ where: { sourceQueryId: In(queryIds.slice(i, i + 500)) }, select: { personId: true } })) statuses.add(s.personId);
  }
  for (let i = 0; i < persons.length; i += 500) {
    for (const s of await statusRepo.find({ where: { personId: In(persons.slice(i, i + 500)) }, select: { personId: true } })) statuses.add(s.personId);
  }
  return {
    cutoff,
    cases: expired.map((c) => ({ id: c.id, reference: c.reference, subjectId: c.subjectId, closedAt: c.closedAt! })),
    persons,
    queries,
    statuses: [...statuses].sort(),
  };
}

function erasureRecord(actor: string, now: Date, entries: AuditEntry[], years: number): AuditRecordContent {
  return {
    recordedAt: now,
    action: "ERASURE",
    requestId: `retention:${now.toISOString()}`,
    txn: `retention:${now.getTime()}`,
    operationName: `retention (${years} years after closure)`,
    userSub: actor,
    userIssuer: "dovetail-retention",
    agencyId: "platform",
    roles: "",
    purpose: null,
    purposeCase: null,
    purposePerson: null,
    entries: canonicalEntries(entries),
  };
}

async function eraseIn(manager: EntityManager, entity: Function, column: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await manager.createQueryBuilder().delete().from(entity).where(`${column} IN (:...ids)`, { ids: ids.slice(i, i + 500) }).execute();
  }
}

/** Erases what the plan names, recording each erasure; returns the plan it carried out. */
export async function applyRetention(databases: Databases, options: RetentionOptions): Promise<RetentionPlan> {
  const plan = await planRetention(databases, options);
  const now = options.now ?? new Date();
  const actor = options.actor ?? "system:retention";
  const caseOf = new Map(plan.cases.map((c) => [c.id, c]));

  if (plan.queries.length > 0 || plan.statuses.length > 0) {
    await inTransaction(databases["immigration-contacts"].dataSource, async (m) => {
      await eraseIn(m, ImmigrationStatus, "person_id", plan.statuses);
      await eraseIn(m, ImmigrationQuery, "id", plan.queries.map((q) => q.id));
      const entries: AuditEntry[] = [
        ...plan.queries.map((q) => ({ type: "ImmigrationQuery", id: q.id, subjectId: q.subjectId, fields: ["*"] })),
        ...plan.statuses.map((personId) => ({ type: "ImmigrationStatus", id: personId, subjectId: personId, fields: ["*"] })),
      ];
      await appendRecords(m, [erasureRecord(actor, now, entries, options.years)]);
    });
  }
  if (plan.persons.length > 0) {
    await inTransaction(databases.people.dataSource, async (m) => {
      await eraseIn(m, Person, "id", plan.persons);
      await appendRecords(m, [erasureRecord(actor, now, plan.persons.map((id) => ({ type: "Person", id, subjectId: id, fields: ["*"] })), options.years)]);
    });
  }
  if (plan.cases.length > 0) {
    await inTransaction(databases.cases.dataSource, async (m) => {
      // Child rows go with their case (ON DELETE CASCADE).
      await eraseIn(m, Case, "id", plan.cases.map((c) => c.id));
      await appendRecords(m, [erasureRecord(actor, now, plan.cases.map((c) => ({ type: "Case", id: c.id, subjectId: caseOf.get(c.id)!.subjectId, fields: ["*"] })), options.years)]);
    });
  }
  return plan;
}
