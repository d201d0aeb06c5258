import { CaseStage } from "../../common/domain";
import { closeDatabases, openDatabases, seedDatabases, type Databases } from "../../platform/platform";
import { applyRetention, planRetention } from "../../platform/retention";
import { generateWorld } from "../../seed/generate";
import { Case } from "../../subgraphs/cases/entities/case.entity";
import { VafFactor } from "../../subgraphs/cases/entities/vaf-factor.entity";
import { ImmigrationQuery } from "../../subgraphs/immigration-contacts/entities/immigration-query.entity";
import { ImmigrationStatus } from "../../subgraphs/immigration-contacts/entities/immigration-status.entity";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { Person } from "../../subgraphs/people/entities/person.entity";
import { testDatabases, type TestDatabase } from "../fixtures/databases";

const NOW = new Date("2024-01-01T00:00:00.000Z");
const YEARS = 3;
const CUTOFF = "2021-01-01T00:00:00.000Z";

describe.each(testDatabases())("retention on $label", ({ create }) => {
  const world = generateWorld({ cases: 160 });
  const expired = world.cases.filter((c) => c.stage === CaseStage.CLOSED && c.closedAt! < CUTOFF);
  const kept = world.cases.filter((c) => !expired.includes(c));
  // A person with an expired case and a live one: their record must stay.
  const shared = expired[0]!;
  const live = kept.find((c) => c.stage !== CaseStage.CLOSED)!;
  live.subjectId = shared.subjectId;
  const erasedPeople = [...new Set(expired.map((c) => c.subjectId))].filter((s) => s !== shared.subjectId).sort();
  // A question on an expired case, with the status it recorded.
  const template = world.immigrationQueries[0]!;
  const asked = expired[1]!;
  world.immigrationQueries.push({ ...template, id: "retention-q-1", caseId: asked.id, subjectId: asked.subjectId });
  world.immigrationStatuses.push({ personId: asked.subjectId, status: world.immigrationStatuses[0]!.status, recordedAt: "2020-05-01T10:00:00.000Z", sourceQueryId: "retention-q-1" });
  const expiredQueries = world.immigrationQueries.filter((q) => expired.some((c) => c.id === q.caseId));

  let db: TestDatabase;
  let databases: Databases;
  beforeAll(async () => {
    db = create();
    databases = await openDatabases({ database: db.config }, { schemaPrefix: db.schemaPrefix });
    await seedDatabases(databases, world);
  });
  afterAll(async () => {
    await closeDatabases(databases);
    await db.cleanup();
  });

  it("plans, in a dry run, exactly the closed cases past the period, their questions, and the people with nothing left", async () => {
    expect(expired.length).toBeGreaterThan(10);
    const plan = await planRetention(databases, { years: YEARS, now: NOW });
    expect(plan.cutoff.toISOString()).toBe(CUTOFF);
    expect(plan.cases.map((c) => c.id).sort()).toEqual(expired.map((c) => c.id).sort());
    expect(plan.persons).toEqual(erasedPeople);
    expect(plan.queries.map((q) => q.id).sort()).toEqual(expiredQueries.map((q) => q.id).sort());
    // Nothing changed.
    expect(await databases.cases.dataSource.getRepository(Case).count()).toBe(world.cases.length);
    expect(await databases.cases.dataSource.getRepository(AuditRecord).count()).toBe(0);
  });

  it("erases them from every subgraph and records each erasure in that subgraph's chain", async () => {
    const vafsBefore = await databases.cases.dataSource.getRepository(VafFactor).count();
    await applyRetention(databases, { years: YEARS, now: NOW, actor: "retention-test" });

    const caseRepo = databases.cases.dataSource.getRepository(Case);
    expect((await caseRepo.find({ select: { id: true } })).map((c) => c.id).sort()).toEqual(kept.map((c) => c.id).sort());
    const factorsOfExpired = expired.reduce((n, c) => n + (c.vulnerabilityAssessment?.factors.length ?? 0), 0);
    expect(await databases.cases.dataSource.getRepository(VafFactor).count()).toBe(vafsBefore - factorsOfExpired);
    const people = (await databases.people.dataSource.getRepository(Person).find({ select: { id: true } })).map((p) => p.id);
    for (const id of erasedPeople) expect(people).not.toContain(id);
    expect(people).toContain(shared.subjectId);
    const queries = (await databases["immigration-contacts"].dataSource.getRepository(ImmigrationQuery).find({ select: { id: true } })).map((q) => q.id);
    for (const q of expiredQueries) expect(queries).not.toContain(q.id);
    const statuses = await databases["immigration-contacts"].dataSource.getRepository(ImmigrationStatus).find();
    for (const s of statuses) expect(expiredQueries.map((q) => q.id)).not.toContain(s.sourceQueryId);

    for (const [name, type, ids] of [
      ["cases", "Case", expired.map((c) => c.id)],
      ["people", "Person", erasedPeople],
    ] as const) {
      const [record, ...more] = await databases[name].dataSource.getRepository(AuditRecord).find();
      expect(more).toEqual([]);
      expect(record).toMatchObject({ action: "ERASURE", userSub: "retention-test", recordedAt: NOW });
      const entries = JSON.parse(record!.entries) as AuditEntry[];
      expect(entries.filter((e) => e.type === type).map((e) => e.id).sort()).toEqual([...ids].sort());
      await expect(verifyChain(databases[name].dataSource)).resolves.toMatchObject({ intact: true, records: 1 });
    }
    const [immigration] = await databases["immigration-contacts"].dataSource.getRepository(AuditRecord).find();
    expect((JSON.parse(immigration!.entries) as AuditEntry[]).filter((e) => e.type === "ImmigrationQuery").length).toBe(expiredQueries.length);
  });

  it("has nothing left to do on a second run", async () => {
    const plan = await applyRetention(databases, { years: YEARS, now: NOW });
    expect(plan.cases).toEqual([]);
    expect(await databases.cases.dataSource.getRepository(AuditRecord).count()).toBe(1);
  });
});
