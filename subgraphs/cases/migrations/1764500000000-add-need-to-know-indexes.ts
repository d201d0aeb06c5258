import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Indexes the need-to-know reads use at scale: a stage's cases in the order the caseload lists
 * them, and each agency's own CT risk assessments, health information and DDP conditions (the
 * relationships CT assessor, health provider and DDP manager are EXISTS tests on them).
 */
const INDEXES: readonly [table: string, index: TableIndex][] = [
  ["cases", new TableIndex({ name: "idx_cases_stage_referred_at", columnNames: ["stage", "referred_at", "id"] })],
  ["ct_risk_assessments", new TableIndex({ name: "idx_ct_risk_assessments_assessed_by", columnNames: ["assessed_by_agency_id"] })],
  ["health_information", new TableIndex({ name: "idx_health_information_provided_by", columnNames: ["provided_by_agency_id"] })],
  ["ddp_conditions", new TableIndex({ name: "idx_ddp_conditions_managing_agency", columnNames: ["managing_agency_id"] })],
];

export class AddNeedToKnowIndexes1764500000000 implements MigrationInterface {
  name = "AddNeedToKnowIndexes1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await queryRunner.createIndex(table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name!);
  }
}
