import type { DataSource } from "typeorm";
import { appendRecords } from "../../subgraphs/kit/audit/audit-writer";
import { canonicalEntries, type AuditRecordContent } from "../../subgraphs/kit/audit/chain";
import { ChainStatusService, VERIFY_PAGE } from "../../subgraphs/kit/audit/chain-status";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { createDataSource, inTransaction, openDatabase } from "../../subgraphs/kit/datasource";
import { peopleSubgraph } from "../../subgraphs/people/server";
import { sqliteTestDatabase, type TestDatabase } from "../fixtures/databases";

function content(n: number): AuditRecordContent {
  return {
    recordedAt: new Date(Date.UTC(2024, 0, 1, 9, 0, 0, n)),
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

/** Verification on demand (issue 16's chain status) on a live service: in pages, yielding, one run at a time. */
describe("the chain status service", () => {
  let db: TestDatabase;
  let ds: DataSource;
  const RECORDS = 3_000;

  beforeAll(async () => {
    db = sqliteTestDatabase();
    ds = await openDatabase(createDataSource({ subgraph: "people", database: db.config, entities: peopleSubgraph.entities, migrations: peopleSubgraph.migrations, schemaPrefix: db.schemaPrefix }));
    const all = Array.from({ length: RECORDS }, (_, i) => content(i + 1));
    for (let i = 0; i < RECORDS; i += 500) await inTransaction(ds, (m) => appendRecords(m, all.slice(i, i + 500)));
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.cleanup();
  });

  it("verifies a long chain without holding the event loop: other work runs between its pages", async () => {
    const service = new ChainStatusService(ds, "people");
    let turns = 0;
    let longest = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      turns += 1;
    }, 0);
    try {
      const report = await service.verify("req-status");
      expect(report).toMatchObject({ subgraph: "people", records: RECORDS, intact: true });
      expect(report.finishedAt.getTime()).toBeGreaterThanOrEqual(report.startedAt.getTime());
    } finally {
      clearInterval(tick);
    }
    // 30 pages: the timer got its turns in between (SQLite's driver is synchronous; a page is a few ms).
    expect(turns).toBeGreaterThanOrEqual(RECORDS / VERIFY_PAGE - 2);
    console.log(`${RECORDS} records verified in pages of ${VERIFY_PAGE}: the timer ran ${turns} times, longest gap ${longest.toFixed(1)} ms`);
  });

  it("runs once at a time: requests during a run share its report", async () => {
    const service = new ChainStatusService(ds, "people", 500);
    const [a, b] = await Promise.all([service.verify("req-a"), service.verify("req-b")]);
    expect(a).toBe(b);
    const c = await service.verify("req-c");
    expect(c).not.toBe(a);
    expect(c.records).toBe(RECORDS);
  });

  it("ignores records appended while it walks (they come after the head it read), and still sees a head moved back", async () => {
    let appended = false;
    const report = await verifyChain(ds, {
      pageSize: 700,
      pause: async () => {
        if (appended) return;
        appended = true;
        await inTransaction(ds, (m) => appendRecords(m, [content(RECORDS + 1), content(RECORDS + 2)]));
      },
    });
    expect(report).toEqual({ records: RECORDS, intact: true });
    await expect(verifyChain(ds)).resolves.toEqual({ records: RECORDS + 2, intact: true });

    // Someone with database access moves the head back one record (to the record before, with its hash).
    const [{ hash }] = (await ds.query(`SELECT hash FROM "audit_records" WHERE seq = ${RECORDS + 1}`)) as { hash: string }[];
    const triggers = (await ds.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit_%'")) as { name: string; sql: string }[];
    for (const t of triggers) await ds.query(`DROP TRIGGER "${t.name}"`);
    await ds.query(`UPDATE "audit_chain_head" SET seq = ${RECORDS + 1}, hash = '${hash}' WHERE id = 1`);
    for (const t of triggers) await ds.query(t.sql);
    await expect(verifyChain(ds)).resolves.toMatchObject({ intact: false, firstBroken: { seq: RECORDS + 1, reason: expect.stringMatching(/moved/) } });
  });
});
