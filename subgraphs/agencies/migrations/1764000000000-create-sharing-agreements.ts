import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { timestampType } from "../../kit/datasource";

export class CreateSharingAgreements1764000000000 implements MigrationInterface {
  name = "CreateSharingAgreements1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = timestampType(queryRunner.connection.driver.options.type);
    await queryRunner.createTable(
      new Table({
        name: "sharing_agreements",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "title", type: "varchar", length: "200" },
          { name: "legal_basis", type: "varchar", length: "500" },
          { name: "categories", type: "text" },
          { name: "valid_from", type: "varchar", length: "10" },
          { name: "valid_to", type: "varchar", length: "10", isNullable: true },
          { name: "created_at", type: instant },
          { name: "created_by", type: "varchar", length: "200" },
          { name: "ended_at", type: instant, isNullable: true },
          { name: "ended_by", type: "varchar", length: "200", isNullable: true },
          { name: "end_reason", type: "varchar", length: "500", isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sharing_agreement_parties",
        columns: [
          { name: "agreement_id", type: "varchar", length: "36", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64", isPrimary: true },
        ],
        foreignKeys: [
          {
            name: "fk_sharing_agreement_parties_agreement",
            columnNames: ["agreement_id"],
            referencedTableName: "sharing_agreements",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "sharing_agreement_parties",
      new TableIndex({ name: "idx_sharing_agreement_parties_agency", columnNames: ["agency_id"] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("sharing_agreement_parties");
    await queryRunner.dropTable("sharing_agreements");
  }
}
