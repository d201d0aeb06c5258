import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../../subgraphs/kit/datasource";
import { casesSubgraph as def } from "../../subgraphs/cases/server";

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
