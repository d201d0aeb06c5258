import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

export class CreatePeople1763900000000 implements MigrationInterface {
  name = "CreatePeople1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "persons",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "given_name", type: "varchar", length: "100" },
          { name: "family_name", type: "varchar", length: "100" },
          { name: "date_of_birth", type: "varchar", length: "10" },
          { name: "gender", type: "varchar", length: "32" },
          { name: "postcode", type: "varchar", length: "10" },
          { name: "town", type: "varchar", length: "100" },
        ],
      }),
    );
    await queryRunner.createIndex(
      "persons",
      new TableIndex({ name: "idx_persons_family_name", columnNames: ["family_name", "given_name"] }),
    );
    await queryRunner.createTable(
      new Table({
        name: "practitioners",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "email", type: "varchar", length: "200" },
          { name: "agency_id", type: "varchar", length: "64" },
          { name: "roles", type: "text" },
        ],
      }),
    );
    await queryRunner.createIndex("practitioners", new TableIndex({ name: "idx_practitioners_agency", columnNames: ["agency_id"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("practitioners");
    await queryRunner.dropTable("persons");
  }
}
