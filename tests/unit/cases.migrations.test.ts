import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../../subgraphs/kit/datasource";
import { casesSubgraph as def } from "../../subgraphs/cases/server";
import { AddCaseReleaseBreakdowns1765000000000 } from "../../subgraphs/cases/migrations/1765000000000-add-case-release-breakdowns";
import { testDatabases } from "../fixtures/databases";

const TABLES = [
  "audit_chain_head",
  "audit_record_subjects",
  "audit_records",
  "case_panel_members",
  "case_reviews",
  "cases",
  "ct_risk_assessments",
  "ddp_conditions",
  "health_information",
  "support_interventions",
  "support_plans",
  "vaf_factors",
  "vulnerability_assessments",
];

let dir: string;
let dataSource: DataSource;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cases-migrations-"));
  const source = createDataSource({
    subgraph: "cases",
    database: { kind: "sqlite", dataDir: dir, logSql: false },
    entities: def.entities,
    migrations: def.migrations,
  });
  dataSource = await openDatabase(source);
});

afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tables(): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name",
  );
  return rows.map((r) => r.name);
}

describe("cases migrations (SQLite)", () => {
  test("create every table", async () => {
    expect(await tables()).toEqual(TABLES);
  });

  test("declare the indices the queries rely on", async () => {
    const rows: { name: string }[] = await dataSource.query(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    expect(rows.map((r) => r.name)).toEqual([
      "idx_cases_lead_agency_referred_at",
      "idx_cases_referred_at_id",
      "idx_cases_referred_at_lead",
      "idx_cases_referring_agency",
      "idx_cases_region_referred_at",
      "idx_cases_stage",
      "idx_cases_stage_referred_at",
      "idx_cases_stage_visibility",
      "idx_cases_subject",
      "uq_cases_reference",
    ]);
  });
});

describe.each(testDatabases())("cases migration of the 2024/25 release's breakdowns on $label", ({ create }) => {
  const db = create();
  afterAll(() => db.cleanup());

  it("adds consent, mental health and ethnicity to the cases there are, as NOT_KNOWN", async () => {
    const open = (migrations: typeof def.migrations) =>
      createDataSource({ subgraph: "cases", database: db.config, entities: def.entities, migrations, schemaPrefix: db.schemaPrefix });
    const before = open(def.migrations.filter((m) => m !== AddCaseReleaseBreakdowns1765000000000));
    let table = "";
    try {
      await openDatabase(before);
      const schema = (before.dataSource.options as { schema?: string }).schema;
      table = schema ? `"${schema}"."cases"` : `"cases"`;
      await before.dataSource.query(
        `INSERT INTO ${table} (id, reference, programme, stage, type_of_concern, referring_sector, referred_at, referring_agency_id, lead_agency_id, subject_id, version)
         VALUES ('m-1', 'CH-2019-99999', 'CHANNEL', 'REFERRAL', 'OTHER', 'EDUCATION', '2019-05-01 10:00:00', 'kirklees', 'kirklees', 'p-1', 1)`,
      );
    } finally {
      await before.dataSource.destroy();
    }
    const after = open(def.migrations);
    try {
      await openDatabase(after);
      const rows = (await after.dataSource.query(`SELECT consent_to_support, mental_health_concern, ethnicity FROM ${table}`)) as Record<string, string | null>[];
      expect(rows).toEqual([{ consent_to_support: "NOT_KNOWN", mental_health_concern: "NOT_KNOWN", ethnicity: "NOT_KNOWN" }]);
    } finally {
      await after.dataSource.destroy();
    }
  });
});
