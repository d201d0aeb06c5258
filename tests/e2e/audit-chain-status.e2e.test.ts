import { createPrivateKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DEV_ISSUER } from "../../common/auth/dev-issuer";
import { InternalTokenSigner } from "../../common/auth/internal-token";
import { KEY_LAYOUT } from "../../common/auth/keys";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../common/config";
import { AgencyKind, PractitionerRole, Region } from "../../common/domain";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

const STATUS = /* GraphQL */ `
  query ChainStatus {
    auditChainStatus {
      checkedAt
      intact
      chains { subgraph state records problem startedAt finishedAt firstBroken { recordId seq reason } }
    }
  }
`;

interface Chain {
  subgraph: string;
  state: "INTACT" | "BROKEN" | "UNAVAILABLE";
  records: number | null;
  problem: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  firstBroken: { recordId: string; seq: number; reason: string } | null;
}
interface StatusData {
  auditChainStatus: { checkedAt: string; intact: boolean; chains: Chain[] } | null;
}

const CASELOAD = "query Caseload { cases(first: 5) { edges { node { id reference subject { givenName familyName } } } } }";

/** The data protection officer's chain status (issue 16): every subgraph's chain verified on demand, through the gateway. */
describe.each(testDatabases())("audit chain status on $label", ({ label, create }) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 80, env: { LOG_LEVEL: "silent" } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const status = async (persona = "dpo-auditor", requestId?: string) =>
    postGraphQL<StatusData>(platform.gatewayUrl, STATUS, {}, { ...(await platform.as(persona, null)), ...(requestId ? { "x-request-id": requestId } : {}) });

  /** Runs SQL on one subgraph's audit tables with the append-only guards out of the way, as someone with database access could. */
  async function behindTheBack(subgraph: SubgraphName, sql: (table: string) => string): Promise<void> {
    const ds = platform.databases[subgraph].dataSource;
    if (label === "postgres") {
      const schema = (ds.options as { schema: string }).schema;
      await ds.transaction(async (m) => {
        await m.query("SET LOCAL session_replication_role = replica");
        await m.query(sql(`"${schema}"."audit_records"`));
      });
      return;
    }
    const triggers = (await ds.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit_%'")) as { name: string; sql: string }[];
    for (const t of triggers) await ds.query(`DROP TRIGGER "${t.name}"`);
    try {
      await ds.query(sql(`"audit_records"`));
    } finally {
      for (const t of triggers) await ds.query(t.sql);
    }
  }

  it("verifies every subgraph's chain for the data protection officer: all intact after real traffic", async () => {
    for (let i = 0; i < 3; i++) await postGraphQL(platform.gatewayUrl, CASELOAD, {}, await platform.as("kirklees-channel-chair", "case review"));
    const res = await status();
    expect(res.body.errors).toBeUndefined();
    const answer = res.body.data!.auditChainStatus!;
    expect(answer.intact).toBe(true);
    expect(answer.chains.map((c) => c.subgraph).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const chain of answer.chains) expect(chain).toMatchObject({ state: "INTACT", firstBroken: null, problem: null });
    const cases = answer.chains.find((c) => c.subgraph === "cases")!;
    const people = answer.chains.find((c) => c.subgraph === "people")!;
    // The caseloads above were recorded: cases and people hold records.
    expect(cases.records).toBeGreaterThanOrEqual(3);
    expect(people.records).toBeGreaterThanOrEqual(3);
  });

  it("is not itself recorded: it discloses no personal data", async () => {
    const before = await status();
    const records = Object.fromEntries(before.body.data!.auditChainStatus!.chains.map((c) => [c.subgraph, c.records]));
    await status("dpo-auditor", "chain-status-twice");
    const after = await status();
    expect(Object.fromEntries(after.body.data!.auditChainStatus!.chains.map((c) => [c.subgraph, c.records]))).toEqual(records);
  });

  it("names the first broken record of a tampered chain, and only that chain is broken", async () => {
    await postGraphQL(platform.gatewayUrl, CASELOAD, {}, await platform.as("kirklees-channel-chair", "case review"));
    const ds = platform.databases.cases.dataSource;
    const [{ seq }] = (await ds.query(`SELECT MIN(seq) AS seq FROM ${label === "postgres" ? `"${(ds.options as { schema: string }).schema}".` : ""}"audit_records" WHERE purpose = 'case review'`)) as { seq: number | string }[];
    const target = Number(seq);
    await behindTheBack("cases", (t) => `UPDATE ${t} SET purpose = 'curiosity' WHERE seq = ${target}`);
    try {
      const res = await status();
      expect(res.body.errors).toBeUndefined();
      const answer = res.body.data!.auditChainStatus!;
      expect(answer.intact).toBe(false);
      const cases = answer.chains.find((c) => c.subgraph === "cases")!;
      expect(cases).toMatchObject({ state: "BROKEN", records: target - 1, firstBroken: { recordId: `cases:${target}`, seq: target, reason: expect.stringMatching(/edited/) } });
      for (const other of answer.chains.filter((c) => c.subgraph !== "cases")) expect([other.subgraph, other.state]).toEqual([other.subgraph, "INTACT"]);
    } finally {
      await behindTheBack("cases", (t) => `UPDATE ${t} SET purpose = 'case review' WHERE seq = ${target}`);
    }
    expect((await status()).body.data!.auditChainStatus!.intact).toBe(true);
  });

  it("names a deleted tail (the head says more than the chain holds)", async () => {
    await postGraphQL(platform.gatewayUrl, CASELOAD, {}, await platform.as("oldham-channel-chair", "case review"));
    const ds = platform.databases.people.dataSource;
    const schema = label === "postgres" ? `"${(ds.options as { schema: string }).schema}".` : "";
    const [{ seq }] = (await ds.query(`SELECT MAX(seq) AS seq FROM ${schema}"audit_records"`)) as { seq: number | string }[];
    const last = Number(seq);
    const [saved] = (await ds.query(`SELECT * FROM ${schema}"audit_records" WHERE seq = ${last}`)) as Record<string, unknown>[];
    const subjects = (await ds.query(`SELECT * FROM ${schema}"audit_record_subjects" WHERE record_seq = ${last}`)) as Record<string, unknown>[];
    if (label === "postgres") {
      await ds.transaction(async (m) => {
        await m.query("SET LOCAL session_replication_role = replica");
        await m.query(`DELETE FROM ${schema}"audit_record_subjects" WHERE record_seq = ${last}`);
        await m.query(`DELETE FROM ${schema}"audit_records" WHERE seq = ${last}`);
      });
    } else {
      const triggers = (await ds.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit_%'")) as { name: string; sql: string }[];
      for (const t of triggers) await ds.query(`DROP TRIGGER "${t.name}"`);
      await ds.query("PRAGMA foreign_keys = OFF");
      try {
        await ds.query(`DELETE FROM "audit_record_subjects" WHERE record_seq = ${last}`);
        await ds.query(`DELETE FROM "audit_records" WHERE seq = ${last}`);
      } finally {
        await ds.query("PRAGMA foreign_keys = ON");
        for (const t of triggers) await ds.query(t.sql);
      }
    }
    const people = (await status()).body.data!.auditChainStatus!.chains.find((c) => c.subgraph === "people")!;
    expect(people).toMatchObject({ state: "BROKEN", records: last - 1, firstBroken: { recordId: `people:${last}`, seq: last, reason: expect.stringMatching(/deleted/) } });
    // Put it back as it was (the remaining tests start from intact chains).
    const insert = async (table: string, row: Record<string, unknown>) => {
      const columns = Object.keys(row);
      const params = label === "postgres" ? columns.map((_, i) => `$${i + 1}`) : columns.map(() => "?");
      await ds.query(`INSERT INTO ${schema}"${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${params.join(", ")})`, columns.map((c) => row[c]));
    };
    await insert("audit_records", saved!);
    for (const s of subjects) await insert("audit_record_subjects", s);
    expect((await status()).body.data!.auditChainStatus!.intact).toBe(true);
  });

  it("stays intact while records are appended during the verification (a live service)", async () => {
    const chair = await platform.as("kirklees-channel-chair", "case review");
    const traffic = Promise.all(Array.from({ length: 12 }, () => postGraphQL(platform.gatewayUrl, CASELOAD, {}, chair)));
    const [res] = await Promise.all([status(), traffic]);
    const states = Object.fromEntries(res.body.data!.auditChainStatus!.chains.map((c) => [c.subgraph, c.state]));
    expect(states).toEqual(Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, "INTACT"])));
  });

  it("runs one verification at a time: a request during a run gets that run's answer", async () => {
    const [a, b] = await Promise.all([status(), status()]);
    const started = (r: typeof a) => r.body.data!.auditChainStatus!.chains.map((c) => c.startedAt);
    expect(started(a)).toEqual(started(b));
  });

  it("is the data protection officer's alone: FORBIDDEN for everyone else, nothing verified", async () => {
    for (const persona of ["kirklees-channel-chair", "oldham-channel-chair", "board-member", "home-office-oversight"]) {
      const res = await status(persona);
      expect([persona, res.body.data?.auditChainStatus ?? null]).toEqual([persona, null]);
      expect([persona, res.body.errors?.map((e) => e.extensions?.code)]).toEqual([persona, ["FORBIDDEN"]]);
    }
  });

  it("reports a subgraph that cannot answer as UNAVAILABLE, with the others verified (last: it stops one)", async () => {
    await platform.subgraphs["immigration-contacts"].stop();
    const res = await status();
    expect(res.body.errors).toBeUndefined();
    const answer = res.body.data!.auditChainStatus!;
    expect(answer.intact).toBe(false);
    for (const chain of answer.chains) {
      if (chain.subgraph === "immigration-contacts") expect(chain).toMatchObject({ state: "UNAVAILABLE", records: null, firstBroken: null, problem: expect.stringMatching(/could not be reached/) });
      else expect([chain.subgraph, chain.state]).toEqual([chain.subgraph, "INTACT"]);
    }
  });

  it("is refused at the subgraphs too: the internal field answers only a data protection officer", async () => {
    const key = createPrivateKey(fs.readFileSync(path.join(platform.config.auth.keysDir, KEY_LAYOUT.internal, "private.pem")));
    const principal = {
      sub: "kirklees-channel-chair",
      issuer: DEV_ISSUER,
      agencyId: "kirklees",
      agencyKind: AgencyKind.LOCAL_AUTHORITY,
      region: Region.YORKSHIRE_AND_THE_HUMBER,
      roles: [PractitionerRole.CHANNEL_CHAIR],
      grants: [],
    };
    const token = await new InternalTokenSigner(key, 60).sign("cases", { caller: { kind: "user", principal }, requestId: "chain-direct", txn: "chain-direct" });
    const res = await fetch(platform.subgraphUrls.cases, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ auditChainReport { intact } }" }),
    });
    const body = (await res.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
