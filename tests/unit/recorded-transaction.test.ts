import type { DataSource } from "typeorm";
import { subgraphMetrics } from "../../common/telemetry/metrics";
import { AuditChainHead, AuditRecord, AuditRecordSubject } from "../../subgraphs/kit/audit/audit.entity";
import { AuditWriter } from "../../subgraphs/kit/audit/audit-writer";
import { recordContent } from "../../subgraphs/kit/audit/plugin";
import { recordedTransaction } from "../../subgraphs/kit/audit/recorded-transaction";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { Person } from "../../subgraphs/people/entities/person.entity";
import { peopleSubgraph } from "../../subgraphs/people/server";
import { PersonService } from "../../subgraphs/people/services/person.service";
import { testDatabases, type TestDatabase } from "../fixtures/databases";
import { testPrincipal, testScope } from "../fixtures/access";
import { Gender } from "../../common/domain";

const person = (id: string): Person => ({ id, givenName: "Ada", familyName: "Testfield", dateOfBirth: "1990-01-02", gender: Gender.FEMALE, postcode: "OL1 1AA", town: "Oldham" });
const NAME_FIELDS = ["Person.familyName", "Person.givenName"];

/** What the append metric has counted for an action in the people subgraph. */
async function appendsCounted(action: string): Promise<number> {
  const { values } = await subgraphMetrics("people").auditAppendDuration.get();
  return values.find((v) => v.metricName === "dovetail_audit_append_duration_seconds_count" && v.labels.action === action)?.value ?? 0;
}

/** A change and its record commit together (the platform's writes go through recordedTransaction). */
describe.each(testDatabases())("a recorded transaction on $label", ({ create }) => {
  let db: TestDatabase;
  let source: SubgraphDataSource;
  let ds: DataSource;

  beforeAll(async () => {
    db = create();
    source = createDataSource({ subgraph: "people", database: db.config, entities: peopleSubgraph.entities, migrations: peopleSubgraph.migrations, schemaPrefix: db.schemaPrefix });
    ds = await openDatabase(source);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.cleanup();
  });

  const head = async () => (await ds.getRepository(AuditChainHead).findOneByOrFail({ id: 1 })).seq;
  const recordsOf = (requestId: string) => ds.getRepository(AuditRecord).find({ where: { requestId }, order: { seq: "ASC" } });

  it("commits the change with one record per action, the same record the request's plugin wrote, observed as an append", async () => {
    const scope = { ...testScope(testPrincipal({ sub: "rt-writer" })), requestId: "rt-commit" };
    const before = { collections: await appendsCounted("COLLECTION"), alterations: await appendsCounted("ALTERATION") };
    await recordedTransaction(ds, scope, async (m, changes) => {
      await m.insert(Person, person("rt-1"));
      changes.record("COLLECTION", { type: "Person", id: "rt-1", subjectId: "rt-1" }, ["Person.givenName"]);
      changes.record("ALTERATION", { type: "Person", id: "rt-0", subjectId: "rt-0" }, ["Person.town"]);
      changes.record("COLLECTION", { type: "Person", id: "rt-1", subjectId: "rt-1" }, ["Person.familyName", "Person.givenName"]);
    });
    expect(await ds.getRepository(Person).findOneBy({ id: "rt-1" })).not.toBeNull();
    const records = await recordsOf("rt-commit");
    expect(records.map((r) => r.action)).toEqual(["ALTERATION", "COLLECTION"]);
    const expected = recordContent(scope, "COLLECTION", [{ type: "Person", id: "rt-1", subjectId: "rt-1", fields: NAME_FIELDS }]);
    const { recordedAt: _at, subjects: _subjects, ...content } = expected;
    expect(records[1]).toMatchObject(content);
    expect(records[1]).toMatchObject({ txn: scope.txn, userSub: "rt-writer", purpose: "case review", operationName: "UnitTest", roles: "CASE_OFFICER" });
    expect(await ds.getRepository(AuditRecordSubject).findBy({ recordSeq: records[1]!.seq })).toEqual([{ recordSeq: records[1]!.seq, subjectId: "rt-1" }]);
    expect(await appendsCounted("COLLECTION")).toBe(before.collections + 1);
    expect(await appendsCounted("ALTERATION")).toBe(before.alterations + 1);
    expect(await verifyChain(ds)).toMatchObject({ intact: true });
  });

  it("leaves neither change nor record when the work fails after writing", async () => {
    const seq = await head();
    const scope = { ...testScope(), requestId: "rt-rollback" };
    await expect(
      recordedTransaction(ds, scope, async (m, changes) => {
        await m.insert(Person, person("rt-2"));
        changes.record("COLLECTION", { type: "Person", id: "rt-2", subjectId: "rt-2" }, NAME_FIELDS);
        throw new Error("refused after the insert");
      }),
    ).rejects.toThrow("refused after the insert");
    expect(await ds.getRepository(Person).findOneBy({ id: "rt-2" })).toBeNull();
    expect(await recordsOf("rt-rollback")).toEqual([]);
    expect(await head()).toBe(seq);
  });

  it("undoes the change when its record cannot be written", async () => {
    const seq = await head();
    // A record the chain refuses (its user column cannot be empty): the change must not stay without it.
    const scope = { ...testScope(testPrincipal({ sub: null as unknown as string })), requestId: "rt-unwritable" };
    const failures = async () => {
      const { values } = await subgraphMetrics("people").auditAppendFailures.get();
      return values.find((v) => v.labels.action === "COLLECTION")?.value ?? 0;
    };
    const failed = await failures();
    await expect(
      recordedTransaction(ds, scope, async (m, changes) => {
        await m.insert(Person, person("rt-3"));
        changes.record("COLLECTION", { type: "Person", id: "rt-3", subjectId: "rt-3" }, NAME_FIELDS);
      }),
    ).rejects.toThrow();
    expect(await ds.getRepository(Person).findOneBy({ id: "rt-3" })).toBeNull();
    expect(await head()).toBe(seq);
    expect(await failures()).toBe(failed + 1);
  });

  it("runs beside the group-commit writer's disclosures without a deadlock or a fork", async () => {
    const writer = new AuditWriter(ds);
    const persons = new PersonService(ds);
    const seq = await head();
    const disclosure = (i: number) => recordContent({ ...testScope(), requestId: `rt-read-${i}` }, "DISCLOSURE", [{ type: "Person", id: `rt-c${i}`, subjectId: `rt-c${i}`, fields: NAME_FIELDS }]);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => [persons.register({ ...testScope(), requestId: `rt-write-${i}` }, person(`rt-c${i}`)), writer.append(disclosure(i))]).flat(),
    );
    expect(await head()).toBe(seq + 24);
    for (let i = 0; i < 12; i++) {
      expect((await recordsOf(`rt-write-${i}`)).map((r) => [r.action, r.entries])).toEqual([
        ["COLLECTION", JSON.stringify([{ type: "Person", id: `rt-c${i}`, subjectId: `rt-c${i}`, fields: ["Person.dateOfBirth", "Person.familyName", "Person.gender", "Person.givenName", "Person.postcode", "Person.town"] }])],
      ]);
    }
    expect(await verifyChain(ds)).toMatchObject({ intact: true });
  });
});
