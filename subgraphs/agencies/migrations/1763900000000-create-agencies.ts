import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

export class CreateAgencies1763900000000 implements MigrationInterface {
  name = "CreateAgencies1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "agencies",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "region", type: "varchar", length: "32" },
        ],
      }),
    );
    await queryRunner.createIndex("agencies", new TableIndex({ name: "idx_agencies_region_kind", columnNames: ["region", "kind"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("agencies");
  }
}
