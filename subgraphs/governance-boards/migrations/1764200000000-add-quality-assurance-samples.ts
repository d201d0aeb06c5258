import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The cases a quality-assurance review samples, and the window in which the reviewer may see
 * them. Reviews recorded before carry no sample and no window.
 */
export class AddQualityAssuranceSamples1764200000000 implements MigrationInterface {
  name = "AddQualityAssuranceSamples1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns("quality_assurance_reviews", [
      new TableColumn({ name: "access_from", type: "varchar", length: "10", isNullable: true }),
      new TableColumn({ name: "access_to", type: "varchar", length: "10", isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: "quality_assurance_samples",
        columns: [
          { name: "review_id", type: "varchar", length: "64", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
        ],
        foreignKeys: [
          {
            name: "fk_quality_assurance_samples_review",
            columnNames: ["review_id"],
            referencedTableName: "quality_assurance_reviews",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );
    await queryRunner.createIndex("quality_assurance_samples", new TableIndex({ name: "idx_quality_assurance_samples_case", columnNames: ["case_id"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("quality_assurance_samples");
    await queryRunner.dropColumn("quality_assurance_reviews", "access_to");
    await queryRunner.dropColumn("quality_assurance_reviews", "access_from");
  }
}
