import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The subject's age band at referral and gender, kept on the case for the official statistics
 * (which break referrals down by both) so they are counted in SQL here, not fetched per person.
 * Not exposed through the graph. Nullable: rows from before carry none until the seed fills them.
 */
export class AddCaseStatisticsAttributes1764300000000 implements MigrationInterface {
  name = "AddCaseStatisticsAttributes1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns("cases", [
      new TableColumn({ name: "age_band", type: "varchar", length: "32", isNullable: true }),
      new TableColumn({ name: "gender", type: "varchar", length: "32", isNullable: true }),
    ]);
    await queryRunner.createIndex("cases", new TableIndex({ name: "idx_cases_referred_at_lead", columnNames: ["referred_at", "lead_agency_id"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("cases", "idx_cases_referred_at_lead");
    await queryRunner.dropColumn("cases", "gender");
    await queryRunner.dropColumn("cases", "age_band");
  }
}
