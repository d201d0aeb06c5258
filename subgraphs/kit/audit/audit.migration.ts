import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { timestampType } from "../datasource";
import { GENESIS_HASH } from "./chain";

/**
 * The audit log of a subgraph, in its own schema. Append-only by trigger on both databases
 * (UPDATE and DELETE raise; on PostgreSQL TRUNCATE too, and the privileges are revoked), so the
 * application cannot rewrite history; the hash chain shows it if anyone else does.
 */
export class CreateAuditLog1764100000000 implements MigrationInterface {
  name = "CreateAuditLog1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const driver = queryRunner.connection.driver.options.type;
    const instant = timestampType(driver);
    await queryRunner.createTable(
      new Table({
        name: "audit_records",
        columns: [
          { name: "seq", type: "integer", isPrimary: true },
          { name: "recorded_at", type: instant },
          { name: "action", type: "varchar", length: "16" },
          { name: "request_id", type: "varchar", length: "128" },
          { name: "txn", type: "varchar", length: "64" },
          { name: "operation_name", type: "varchar", length: "200", isNullable: true },
          { name: "user_sub", type: "varchar", length: "200" },
          { name: "user_issuer", type: "varchar", length: "500" },
          { name: "agency_id", type: "varchar", length: "64" },
          { name: "roles", type: "varchar", length: "500" },
          { name: "purpose", type: "varchar", length: "40", isNullable: true },
          { name: "purpose_case", type: "varchar", length: "32", isNullable: true },
          { name: "purpose_person", type: "varchar", length: "64", isNullable: true },
          { name: "entries", type: "text" },
          { name: "prev_hash", type: "varchar", length: "64" },
          { name: "hash", type: "varchar", length: "64" },
        ],
      }),
    );
    const indices: [string, string[]][] = [
      ["idx_audit_records_recorded_at", ["recorded_at"]],
      ["idx_audit_records_agency", ["agency_id", "recorded_at"]],
      ["idx_audit_records_user", ["user_sub", "recorded_at"]],
      ["idx_audit_records_purpose", ["purpose", "recorded_at"]],
      ["idx_audit_records_request", ["request_id"]],
    ];
    for (const [name, columnNames] of indices) await queryRunner.createIndex("audit_records", new TableIndex({ name, columnNames }));
    await queryRunner.createTable(
      new Table({
        name: "audit_record_subjects",
        columns: [
          { name: "record_seq", type: "integer", isPrimary: true },
          { name: "subject_id", type: "varchar", length: "64", isPrimary: true },
        ],
        foreignKeys: [{ name: "fk_audit_record_subjects_record", columnNames: ["record_seq"], referencedTableName: "audit_records", referencedColumnNames: ["seq"] }],
      }),
    );
    await queryRunner.createIndex("audit_record_subjects", new TableIndex({ name: "idx_audit_record_subjects_subject", columnNames: ["subject_id"] }));
    await queryRunner.createTable(
      new Table({
        name: "audit_chain_head",
        columns: [
          { name: "id", type: "integer", isPrimary: true },
          { name: "seq", type: "integer" },
          { name: "hash", type: "varchar", length: "64" },
        ],
      }),
    );
    const head = queryRunner.connection.driver.escape("audit_chain_head");
    const qualifiedHead = driver === "postgres" ? `${queryRunner.connection.driver.escape(schemaOf(queryRunner))}.${head}` : head;
    await queryRunner.query(`INSERT INTO ${qualifiedHead} (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}')`);

    if (driver === "postgres") {
      const schema = queryRunner.connection.driver.escape(schemaOf(queryRunner));
      await queryRunner.query(
        `CREATE FUNCTION ${schema}.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$`,
      );
      for (const table of ["audit_records", "audit_record_subjects"]) {
        await queryRunner.query(
          `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${schema}."${table}" FOR EACH ROW EXECUTE FUNCTION ${schema}.audit_append_only()`,
        );
        await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${schema}."${table}" FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.audit_append_only()`);
        await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}."${table}" FROM PUBLIC`);
      }
    } else {
      for (const table of ["audit_records", "audit_record_subjects"]) {
        for (const op of ["UPDATE", "DELETE"]) {
          await queryRunner.query(
            `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON "${table}" BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END`,
          );
        }
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_chain_head");
    await queryRunner.dropTable("audit_record_subjects");
    await queryRunner.dropTable("audit_records");
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(`DROP FUNCTION IF EXISTS ${queryRunner.connection.driver.escape(schemaOf(queryRunner))}.audit_append_only()`);
    }
  }
}

function schemaOf(queryRunner: QueryRunner): string {
  const options = queryRunner.connection.driver.options as { schema?: string };
  return options.schema ?? "public";
}
