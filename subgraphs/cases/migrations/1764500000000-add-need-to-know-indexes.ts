import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Indexes the need-to-know reads use at scale (measured on 100,000 cases: a caseload's count
 * 23 -> 6.5 ms, its page 7 -> 5 ms): a stage's cases in the order the caseload lists them; the
 * columns the row filters test, so a stage's visible cases are counted from the index alone; an
 * agency's panels as (agency, case), replacing the index on the agency alone; and each agency's
 * own CT risk assessments, health information and DDP conditions (the relationships CT assessor,
 * health provider and DDP manager are EXISTS tests on them).
 */
const INDEXES: readonly [table: string, index: TableIndex][] = [
  ["cases", new TableIndex({ name: "idx_cases_stage_referred_at", columnNames: ["stage", "referred_at", "id"] })],
  [
    "cases",
    new TableIndex({ name: "idx_cases_stage_visibility", columnNames: ["stage", "lead_agency_id", "referring_agency_id", "screened_by_agency_id", "region", "id"] }),
  ],
  ["case_panel_members", new TableIndex({ name: "idx_case_panel_members_agency_case", columnNames: ["agency_id", "case_id"] })],
  ["ct_risk_assessments", new TableIndex({ name: "idx_ct_risk_assessments_assessed_by", columnNames: ["assessed_by_agency_id"] })],
  ["health_information", new TableIndex({ name: "idx_health_information_provided_by", columnNames: ["provided_by_agency_id"] })],
  ["ddp_conditions", new TableIndex({ name: "idx_ddp_conditions_managing_agency", columnNames: ["managing_agency_id"] })],
];

export class AddNeedToKnowIndexes1764500000000 implements MigrationInterface {
  name = "AddNeedToKnowIndexes1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await queryRunner.createIndex(table, index);
    await queryRunner.dropIndex("case_panel_members", "idx_case_panel_members_agency");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("case_panel_members", new TableIndex({ name: "idx_case_panel_members_agency", columnNames: ["agency_id"] }));
    for (const [table, index] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name!);
  }
}
