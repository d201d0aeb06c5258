import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

const COLUMNS: readonly { name: string; length: string }[] = [
  { name: "consent_to_support", length: "32" },
  { name: "mental_health_concern", length: "32" },
  { name: "ethnicity", length: "40" },
];

const column = (c: (typeof COLUMNS)[number], withDefault: boolean) =>
  new TableColumn({ name: c.name, type: "varchar", length: c.length, isNullable: true, ...(withDefault ? { default: "'NOT_KNOWN'" } : {}) });

/**
 * The breakdowns the official Prevent statistics added in 2024/25: consent to Channel support, a
 * recorded mental-health or neurodiversity concern, and the broad ethnic group. Special category
 * data, collected at referral or at the panel. Nullable, with no default; every row from before is
 * NOT_KNOWN (nobody recorded them), which is how the statistics count it.
 *
 * The backfill is the columns' default while they are added, dropped at once: on PostgreSQL both
 * are catalogue changes, so a large table is not rewritten (an UPDATE of 100,000 cases and their
 * ten indexes outlasts the statement timeout start-up runs migrations under).
 */
export class AddCaseReleaseBreakdowns1765000000000 implements MigrationInterface {
  name = "AddCaseReleaseBreakdowns1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns(
      "cases",
      COLUMNS.map((c) => column(c, true)),
    );
    await queryRunner.changeColumns(
      "cases",
      COLUMNS.map((c) => ({ oldColumn: column(c, true), newColumn: column(c, false) })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const c of [...COLUMNS].reverse()) await queryRunner.dropColumn("cases", c.name);
  }
}
