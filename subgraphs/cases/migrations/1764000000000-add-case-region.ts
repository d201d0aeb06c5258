import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The region of the lead authority, on the case itself: CT policing screens the unscreened
 * referrals of its region (a need-to-know row rule in SQL), and statistics break down by region.
 * Nullable: rows migrated from before carry none until the seed (or a partner) fills it.
 */
export class AddCaseRegion1764000000000 implements MigrationInterface {
  name = "AddCaseRegion1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("cases", new TableColumn({ name: "region", type: "varchar", length: "32", isNullable: true }));
    await queryRunner.createIndex("cases", new TableIndex({ name: "idx_cases_region_referred_at", columnNames: ["region", "referred_at"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex("cases", "idx_cases_region_referred_at");
    await queryRunner.dropColumn("cases", "region");
  }
}
