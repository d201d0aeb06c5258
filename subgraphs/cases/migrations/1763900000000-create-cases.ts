import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableForeignKeyOptions } from "typeorm";
import { timestampType } from "../../kit/datasource";

/** A foreign key to `cases(id)` from `case_id`, deleted with its case. */
function toCase(table: string): TableForeignKeyOptions {
  return { name: `fk_${table}_case`, columnNames: ["case_id"], referencedTableName: "cases", referencedColumnNames: ["id"], onDelete: "CASCADE" };
}

export class CreateCases1763900000000 implements MigrationInterface {
  name = "CreateCases1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = timestampType(queryRunner.connection.driver.options.type);

    await queryRunner.createTable(
      new Table({
        name: "cases",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "reference", type: "varchar", length: "32" },
          { name: "programme", type: "varchar", length: "32" },
          { name: "stage", type: "varchar", length: "32" },
          { name: "type_of_concern", type: "varchar", length: "32" },
          { name: "referring_sector", type: "varchar", length: "32" },
          { name: "referred_at", type: instant },
          { name: "referring_agency_id", type: "varchar", length: "64" },
          { name: "lead_agency_id", type: "varchar", length: "64" },
          { name: "subject_id", type: "varchar", length: "36" },
          { name: "screening_decision", type: "varchar", length: "32", isNullable: true },
          { name: "screening_reason", type: "text", isNullable: true },
          { name: "screened_at", type: instant, isNullable: true },
          { name: "screened_by_agency_id", type: "varchar", length: "64", isNullable: true },
          { name: "first_panel_at", type: instant, isNullable: true },
          { name: "outcome", type: "varchar", length: "32", isNullable: true },
          { name: "closed_at", type: instant, isNullable: true },
          { name: "version", type: "integer" },
        ],
      }),
    );
    const caseIndices: [string, string[], boolean?][] = [
      ["idx_cases_lead_agency_referred_at", ["lead_agency_id", "referred_at"]],
      ["idx_cases_referring_agency", ["referring_agency_id"]],
      ["idx_cases_subject", ["subject_id"]],
      ["idx_cases_stage", ["stage"]],
      ["idx_cases_referred_at_id", ["referred_at", "id"]],
      ["uq_cases_reference", ["reference"], true],
    ];
    for (const [name, columnNames, isUnique] of caseIndices) {
      await queryRunner.createIndex("cases", new TableIndex({ name, columnNames, isUnique: isUnique ?? false }));
    }

    // Foreign keys are declared with their tables: SQLite cannot add one to an existing table.
    await queryRunner.createTable(
      new Table({
        name: "case_panel_members",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64", isPrimary: true },
        ],
        foreignKeys: [toCase("case_panel_members")],
      }),
    );
    await queryRunner.createIndex("case_panel_members", new TableIndex({ name: "idx_case_panel_members_agency", columnNames: ["agency_id"] }));

    await queryRunner.createTable(
      new Table({
        name: "vulnerability_assessments",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "assessed_at", type: instant },
          { name: "assessed_by_agency_id", type: "varchar", length: "64" },
        ],
        foreignKeys: [toCase("vulnerability_assessments")],
      }),
    );
    await queryRunner.createIndex(
      "vulnerability_assessments",
      new TableIndex({ name: "idx_vulnerability_assessments_case", columnNames: ["case_id", "assessed_at"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "vaf_factors",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "assessment_id", type: "varchar", length: "64" },
          { name: "domain", type: "varchar", length: "32" },
          { name: "code", type: "varchar", length: "64" },
          { name: "rating", type: "varchar", length: "32" },
          { name: "note", type: "text" },
        ],
        foreignKeys: [
          {
            name: "fk_vaf_factors_assessment",
            columnNames: ["assessment_id"],
            referencedTableName: "vulnerability_assessments",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );
    await queryRunner.createIndex("vaf_factors", new TableIndex({ name: "idx_vaf_factors_assessment", columnNames: ["assessment_id"] }));

    await queryRunner.createTable(
      new Table({
        name: "ct_risk_assessments",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "level", type: "varchar", length: "32" },
          { name: "summary", type: "text" },
          { name: "assessed_at", type: instant },
          { name: "assessed_by_agency_id", type: "varchar", length: "64" },
        ],
        foreignKeys: [toCase("ct_risk_assessments")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "health_information",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "provided_by_agency_id", type: "varchar", length: "64" },
          { name: "summary", type: "text" },
          { name: "recorded_at", type: instant },
        ],
        foreignKeys: [toCase("health_information")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "ddp_conditions",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "condition_type", type: "varchar", length: "32" },
          { name: "mappa_level", type: "integer" },
          { name: "managing_agency_id", type: "varchar", length: "64" },
          { name: "starts_on", type: "varchar", length: "10" },
          { name: "ends_on", type: "varchar", length: "10", isNullable: true },
        ],
        foreignKeys: [toCase("ddp_conditions")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "support_plans",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "agreed_at", type: instant },
          { name: "consent_given", type: "boolean" },
          { name: "parental_consent", type: "boolean", isNullable: true },
        ],
        foreignKeys: [toCase("support_plans")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "support_interventions",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "provider", type: "varchar", length: "200" },
          { name: "commissioning_status", type: "varchar", length: "32" },
        ],
        foreignKeys: [
          {
            name: "fk_support_interventions_plan",
            columnNames: ["case_id"],
            referencedTableName: "support_plans",
            referencedColumnNames: ["case_id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );
    await queryRunner.createIndex("support_interventions", new TableIndex({ name: "idx_support_interventions_case", columnNames: ["case_id"] }));

    await queryRunner.createTable(
      new Table({
        name: "case_reviews",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "due_on", type: "varchar", length: "10" },
          { name: "held_on", type: "varchar", length: "10", isNullable: true },
          { name: "summary", type: "text", isNullable: true },
        ],
        foreignKeys: [toCase("case_reviews")],
      }),
    );
    await queryRunner.createIndex("case_reviews", new TableIndex({ name: "idx_case_reviews_case", columnNames: ["case_id"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "case_reviews",
      "support_interventions",
      "support_plans",
      "ddp_conditions",
      "health_information",
      "ct_risk_assessments",
      "vaf_factors",
      "vulnerability_assessments",
      "case_panel_members",
      "cases",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
