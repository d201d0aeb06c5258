import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { inTransaction } from "./datasource";
import type { SeedProgress } from "./subgraph";

const CHUNK = 400;

/**
 * Idempotent bulk insert: rows whose primary key exists are left alone (INSERT ... ON CONFLICT
 * DO NOTHING on PostgreSQL, INSERT OR IGNORE on SQLite), in chunks inside one transaction.
 */
export async function insertIgnoring<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: readonly T[],
  progress?: SeedProgress,
): Promise<void> {
  if (rows.length === 0) return;
  const table = dataSource.getMetadata(entity).tableName;
  // Stay well under SQLite's and PostgreSQL's bound-parameter limits.
  const columns = dataSource.getMetadata(entity).columns.length;
  const chunk = Math.max(1, Math.min(CHUNK, Math.floor(30_000 / Math.max(1, columns))));
  await inTransaction(dataSource, async (manager) => {
    for (let i = 0; i < rows.length; i += chunk) {
      const slice = rows.slice(i, i + chunk) as T[];
      await manager.createQueryBuilder().insert().into(entity).values(slice).orIgnore().execute();
      progress?.(table, Math.min(i + chunk, rows.length), rows.length);
    }
  });
}
