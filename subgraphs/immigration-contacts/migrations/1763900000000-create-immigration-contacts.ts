import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { timestampType } from "../../kit/datasource";

export class CreateImmigrationContacts1763900000000 implements MigrationInterface {
  name = "CreateImmigrationContacts1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = timestampType(queryRunner.connection.driver.options.type);
    await queryRunner.createTable(
      new Table({
        name: "immigration_contacts",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "region", type: "varchar", length: "32" },
          { name: "email", type: "varchar", length: "200" },
          { name: "phone", type: "varchar", length: "32" },
          { name: "agency_id", type: "varchar", length: "64" },
          { name: "practitioner_id", type: "varchar", length: "64", isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      "immigration_contacts",
      new TableIndex({ name: "idx_immigration_contacts_region", columnNames: ["region"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "immigration_queries",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "subject_id", type: "varchar", length: "36" },
          { name: "raised_by_practitioner_id", type: "varchar", length: "64" },
          { name: "raised_by_agency_id", type: "varchar", length: "64" },
          { name: "contact_id", type: "varchar", length: "64" },
          { name: "question", type: "text" },
          { name: "status", type: "varchar", length: "32" },
          { name: "answer", type: "text", isNullable: true },
          { name: "raised_at", type: instant },
          { name: "answered_at", type: instant, isNullable: true },
        ],
        // Declared with the table: SQLite cannot add a foreign key to an existing table.
        foreignKeys: [
          {
            name: "fk_immigration_queries_contact",
            columnNames: ["contact_id"],
            referencedTableName: "immigration_contacts",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "immigration_queries",
      new TableIndex({ name: "idx_immigration_queries_case", columnNames: ["case_id"] }),
    );
    await queryRunner.createIndex(
      "immigration_queries",
      new TableIndex({ name: "idx_immigration_queries_contact", columnNames: ["contact_id"] }),
    );
    await queryRunner.createIndex(
      "immigration_queries",
      new TableIndex({ name: "idx_immigration_queries_subject", columnNames: ["subject_id"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "immigration_statuses",
        columns: [
          { name: "person_id", type: "varchar", length: "36", isPrimary: true },
          { name: "status", type: "varchar", length: "32" },
          { name: "recorded_at", type: instant },
          { name: "source_query_id", type: "varchar", length: "64" },
        ],
        foreignKeys: [
          {
            name: "fk_immigration_statuses_source_query",
            columnNames: ["source_query_id"],
            referencedTableName: "immigration_queries",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("immigration_statuses");
    await queryRunner.dropTable("immigration_queries");
    await queryRunner.dropTable("immigration_contacts");
  }
}
