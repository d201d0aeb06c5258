import type { DataSource } from "typeorm";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import { AuditWriter } from "../../subgraphs/kit/audit/audit-writer";
import { canonicalEntries, type AuditRecordContent } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { peopleSubgraph } from "../../subgraphs/people/server";
import { testDatabases, type TestDatabase } from "../fixtures/databases";

function content(n: number): AuditRecordContent {
  return {
    recordedAt: new Date(Date.UTC(2024, 0, 1, 9, 0, n)),
    action: "DISCLOSURE",
    requestId: `req-${n}`,
    txn: `txn-${n}`,
    operationName: "Caseload",
    userSub: "kirklees-channel-chair",
    userIssuer: "urn:dovetail:dev-issuer",
    agencyId: "kirklees",
    roles: "CHANNEL_CHAIR",
    purpose: "case review",
    purposeCase: null,
    purposePerson: null,
    entries: canonicalEntries([{ type: "Person", id: `p-${n}`, subjectId: `p-${n}`, fields: ["Person.givenName", "Person.familyName"] }]),
  };
}

describe.each(testDatabases())("the audit chain on $label", ({ label, create }) => {
  let db: TestDatabase;
  const sources: SubgraphDataSource[] = [];
  let ds: DataSource;

  const open = async () => {
    const source = createDataSource({
      subgraph: "people",
      database: db.config,
      entities: peopleSubgraph.entities,
      migrations: peopleSubgraph.migrations,
      schemaPrefix: db.schemaPrefix,
    });
    sources.push(source);
    return openDatabase(source);
  };

  beforeAll(async () => {
    db = create();
    ds = await open();
  });
  afterAll(async () => {
    for (const s of sources) if (s.dataSource.isInitialized) await s.dataSource.destroy();
    await db.cleanup();
  });

  /** Runs SQL with the append-only triggers out of the way, as someone with direct database access could. */
  async function behindTheBack(sql: string): Promise<void> {
    const table = (name: string) => (label === "postgres" ? `"${db.schemaPrefix}people"."${name}"` : `"${name}"`);
    const statement = sql.replace(/\{(\w+)\}/g, (_, name: string) => table(name));
    if (label === "postgres") {
      await ds.transaction(async (m) => {
        await m.query("SET LOCAL session_replication_role = replica");
        await m.query(statement);
      });
      return;
    }
    const triggers = (await ds.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit_%'")) as { name: string; sql: string }[];
    for (const t of triggers) await ds.query(`DROP TRIGGER "${t.name}"`);
    await ds.query("PRAGMA foreign_keys = OFF");
    try {
      await ds.query(statement);
    } finally {
      await ds.query("PRAGMA foreign_keys = ON");
      for (const t of triggers) await ds.query(t.sql);
    }
  }

  it("appends without forks from concurrent writers, and verifies", async () => {
    // Two writers stand for two processes on PostgreSQL. SQLite in one process has a single writer:
    // a second connection here would block the event loop that the first needs to commit.
    const other = label === "postgres" ? await open() : ds;
    const [a, b] = [new AuditWriter(ds), new AuditWriter(other)];
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(content(i + 1))));
    const seqs = (await ds.getRepository(AuditRecord).find({ order: { seq: "ASC" } })).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await expect(verifyChain(ds)).resolves.toEqual({ records: 40, intact: true });
  });

  it("refuses the application's own UPDATE and DELETE", async () => {
    await expect(ds.createQueryBuilder().update(AuditRecord).set({ purpose: "curiosity" }).where("seq = 3").execute()).rejects.toThrow(/append-only/);
    await expect(ds.createQueryBuilder().delete().from(AuditRecord).where("seq = 3").execute()).rejects.toThrow(/append-only/);
    await expect(verifyChain(ds)).resolves.toEqual({ records: 40, intact: true });
  });

  it("names the first record edited behind the application's back", async () => {
    await behindTheBack("UPDATE {audit_records} SET purpose = 'curiosity' WHERE seq = 7");
    await expect(verifyChain(ds)).resolves.toMatchObject({ intact: false, firstBroken: { seq: 7, reason: expect.stringMatching(/edited/) } });
    await behindTheBack("UPDATE {audit_records} SET purpose = 'case review' WHERE seq = 7");
    await expect(verifyChain(ds)).resolves.toEqual({ records: 40, intact: true });
  });

  it("names a record whose subject index was altered", async () => {
    await behindTheBack("DELETE FROM {audit_record_subjects} WHERE record_seq = 9");
    await expect(verifyChain(ds)).resolves.toMatchObject({ intact: false, firstBroken: { seq: 9, reason: expect.stringMatching(/subject index/) } });
  });

  it("names the first record deleted behind the application's back, and a deleted tail", async () => {
    await behindTheBack("DELETE FROM {audit_records} WHERE seq = 12");
    const gap = await verifyChain(ds);
    expect(gap).toMatchObject({ intact: false });
    // Record 9's index was cut above; the first break is still found in order.
    expect(gap.firstBroken!.seq).toBe(9);

    const fresh = await open();
    await fresh.query(label === "postgres" ? `SET search_path TO "${db.schemaPrefix}people"` : "SELECT 1");
    const tail = new AuditWriter(fresh);
    await tail.append(content(41));
    await behindTheBack("DELETE FROM {audit_record_subjects} WHERE record_seq = 41");
    await behindTheBack("DELETE FROM {audit_records} WHERE seq = 41");
    const report = await verifyChain(ds);
    expect(report.intact).toBe(false);
  });
});

describe.each(testDatabases())("each break on its own, on $label", ({ label, create }) => {
  it.each([
    ["an edited record", (t: (n: string) => string) => `UPDATE ${t("audit_records")} SET agency_id = 'oldham' WHERE seq = 3`, 3, /edited/],
    ["a deleted record", (t: (n: string) => string) => `DELETE FROM ${t("audit_records")} WHERE seq = 4`, 4, /deleted/],
    ["a deleted tail", (t: (n: string) => string) => `DELETE FROM ${t("audit_records")} WHERE seq = 5`, 5, /deleted/],
  ])("catches %s", async (_, tamper, seq, reason) => {
    const db = create();
    const source = createDataSource({ subgraph: "people", database: db.config, entities: peopleSubgraph.entities, migrations: peopleSubgraph.migrations, schemaPrefix: db.schemaPrefix });
    const ds = await openDatabase(source);
    try {
      const writer = new AuditWriter(ds);
      for (let n = 1; n <= 5; n++) await writer.append(content(n));
      await expect(verifyChain(ds)).resolves.toEqual({ records: 5, intact: true });
      const t = (name: string) => (label === "postgres" ? `"${db.schemaPrefix}people"."${name}"` : `"${name}"`);
      const sql = tamper(t);
      if (label === "postgres") {
        await ds.transaction(async (m) => {
          await m.query("SET LOCAL session_replication_role = replica");
          if (sql.startsWith("DELETE")) await m.query(sql.replace(t("audit_records"), t("audit_record_subjects")).replace("seq =", "record_seq ="));
          await m.query(sql);
        });
      } else {
        const triggers = (await ds.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")) as { name: string }[];
        for (const tr of triggers) await ds.query(`DROP TRIGGER "${tr.name}"`);
        await ds.query("PRAGMA foreign_keys = OFF");
        await ds.query(sql);
      }
      const report = await verifyChain(ds);
      expect(report).toMatchObject({ intact: false, firstBroken: { seq } });
      expect(report.firstBroken!.reason).toMatch(reason);
    } finally {
      await ds.destroy();
      await db.cleanup();
    }
  });
});
