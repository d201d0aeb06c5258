import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

// Foreign keys are declared with their tables: SQLite cannot add one to an existing table.
export class CreateGovernanceBoards1763900000000 implements MigrationInterface {
  name = "CreateGovernanceBoards1763900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "governance_boards",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "description", type: "text" },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "board_members",
        columns: [
          { name: "board_id", type: "varchar", length: "64", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64", isPrimary: true },
          { name: "role", type: "varchar", length: "32" },
        ],
        foreignKeys: [
          {
            name: "fk_board_members_board",
            columnNames: ["board_id"],
            referencedTableName: "governance_boards",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "board_meetings",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "board_id", type: "varchar", length: "64" },
          { name: "held_on", type: "varchar", length: "10" },
          { name: "title", type: "varchar", length: "200" },
        ],
        foreignKeys: [
          {
            name: "fk_board_meetings_board",
            columnNames: ["board_id"],
            referencedTableName: "governance_boards",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "board_meetings",
      new TableIndex({ name: "idx_board_meetings_board_held_on", columnNames: ["board_id", "held_on"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "board_meeting_attendees",
        columns: [
          { name: "meeting_id", type: "varchar", length: "64", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64", isPrimary: true },
        ],
        foreignKeys: [
          {
            name: "fk_board_meeting_attendees_meeting",
            columnNames: ["meeting_id"],
            referencedTableName: "board_meetings",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "board_decisions",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "meeting_id", type: "varchar", length: "64" },
          { name: "summary", type: "text" },
          { name: "owner_agency_id", type: "varchar", length: "64" },
          { name: "due_on", type: "varchar", length: "10" },
          { name: "status", type: "varchar", length: "32" },
        ],
        foreignKeys: [
          {
            name: "fk_board_decisions_meeting",
            columnNames: ["meeting_id"],
            referencedTableName: "board_meetings",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "board_decisions",
      new TableIndex({ name: "idx_board_decisions_meeting", columnNames: ["meeting_id"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "rollout_phases",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "varchar", length: "200" },
          { name: "ordinal", type: "integer" },
          { name: "description", type: "text" },
          { name: "starts_on", type: "varchar", length: "10" },
          { name: "ends_on", type: "varchar", length: "10", isNullable: true },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "rollout_phase_members",
        columns: [
          { name: "phase_id", type: "varchar", length: "64", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64", isPrimary: true },
          { name: "joined_on", type: "varchar", length: "10" },
        ],
        foreignKeys: [
          {
            name: "fk_rollout_phase_members_phase",
            columnNames: ["phase_id"],
            referencedTableName: "rollout_phases",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "rollout_phase_members",
      new TableIndex({ name: "uq_rollout_phase_members_agency", columnNames: ["agency_id"], isUnique: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: "quality_assurance_reviews",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "phase_id", type: "varchar", length: "64" },
          { name: "agency_id", type: "varchar", length: "64" },
          { name: "reviewer_agency_id", type: "varchar", length: "64" },
          { name: "reviewed_on", type: "varchar", length: "10" },
          { name: "sample_size", type: "integer" },
          { name: "rating", type: "varchar", length: "32" },
          { name: "summary", type: "text" },
        ],
        foreignKeys: [
          {
            name: "fk_quality_assurance_reviews_phase",
            columnNames: ["phase_id"],
            referencedTableName: "rollout_phases",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      "quality_assurance_reviews",
      new TableIndex({ name: "idx_quality_assurance_reviews_phase", columnNames: ["phase_id"] }),
    );
    await queryRunner.createIndex(
      "quality_assurance_reviews",
      new TableIndex({ name: "idx_quality_assurance_reviews_agency", columnNames: ["agency_id"] }),
    );

    await queryRunner.createTable(
      new Table({
        name: "self_assessments",
        columns: [
          { name: "id", type: "varchar", length: "64", isPrimary: true },
          { name: "agency_id", type: "varchar", length: "64" },
          { name: "period", type: "varchar", length: "16" },
          { name: "submitted_on", type: "varchar", length: "10" },
          { name: "standards_met", type: "integer" },
          { name: "standards_total", type: "integer" },
          { name: "rating", type: "varchar", length: "32" },
          { name: "summary", type: "text" },
        ],
      }),
    );
    await queryRunner.createIndex(
      "self_assessments",
      new TableIndex({ name: "idx_self_assessments_agency_period", columnNames: ["agency_id", "period"] }),
    );
    await queryRunner.createIndex(
      "self_assessments",
      new TableIndex({ name: "idx_self_assessments_period", columnNames: ["period"] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("self_assessments");
    await queryRunner.dropTable("quality_assurance_reviews");
    await queryRunner.dropTable("rollout_phase_members");
    await queryRunner.dropTable("rollout_phases");
    await queryRunner.dropTable("board_decisions");
    await queryRunner.dropTable("board_meeting_attendees");
    await queryRunner.dropTable("board_meetings");
    await queryRunner.dropTable("board_members");
    await queryRunner.dropTable("governance_boards");
  }
}
