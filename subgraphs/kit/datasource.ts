import fs from "node:fs";
import path from "node:path";
import { DataSource, MigrationExecutor, type EntityManager, type Logger, type MixedList, type EntitySchema } from "typeorm";
import { dbSchemaName, type DatabaseConfig, type SubgraphName } from "../../common/config";
import { tracingEnabled } from "../../common/telemetry/tracing";
import { traceStatements, watchPool } from "./telemetry";

/**
 * Counts every SQL statement a DataSource sends. The statement-count tests read it; it costs an
 * increment per query, so it stays on in every environment.
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  constructor(private readonly echo: boolean, private readonly keep = false) {}

  logQuery(query: string): void {
    this.count += 1;
    if (this.keep) this.statements.push(query);
    if (this.echo) console.log(`[sql] ${query}`);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.echo) console.error(`[sql error] ${String(error)} in ${query}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.echo) console.log(`[migration] ${message}`);
  }
  log(): void {}
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface DataSourceOptions {
  subgraph: SubgraphName;
  database: DatabaseConfig;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Only for throwaway test databases: builds tables from entities instead of migrations. */
  synchronize?: boolean;
  /** Overrides the SQLite file (e.g. ":memory:" in unit tests). */
  sqliteFile?: string;
  /** Prefix for the PostgreSQL schema, so parallel test suites get their own schemas. */
  schemaPrefix?: string;
}

export interface SubgraphDataSource {
  dataSource: DataSource;
  counter: StatementCounter;
}

const subgraphs = new WeakMap<DataSource, SubgraphName>();

/** The subgraph a data source serves (every one is made by createDataSource). */
export function subgraphOf(dataSource: DataSource): SubgraphName {
  const name = subgraphs.get(dataSource);
  if (!name) throw new Error("this data source was not made by createDataSource");
  return name;
}

export function createDataSource(options: DataSourceOptions): SubgraphDataSource {
  const counter = new StatementCounter(options.database.logSql);
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    synchronize: options.synchronize ?? false,
    logging: true as const,
    logger: counter,
  };
  if (options.database.kind === "sqlite") {
    const file = options.sqliteFile ?? path.join(options.database.dataDir, `${options.subgraph}.sqlite`);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    const dataSource = new DataSource({
      ...common,
      type: "better-sqlite3",
      database: file,
      // WAL lets readers run while the seeder writes; foreign keys are off by default in SQLite.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma("journal_mode = WAL");
        db.pragma("foreign_keys = ON");
        // Waits for another writer at most this long, then fails (masked) instead of hanging.
        db.pragma(`busy_timeout = ${Math.min(options.database.statementTimeoutMs ?? 5_000, 5_000)}`);
      },
    });
    subgraphs.set(dataSource, options.subgraph);
    if (tracingEnabled()) traceStatements(dataSource, options.subgraph);
    return { dataSource, counter };
  }
  const statementTimeout = options.database.statementTimeoutMs ?? 15_000;
  const dataSource = new DataSource({
    ...common,
    type: "postgres",
    url: options.database.url,
    schema: `${options.schemaPrefix ?? ""}${dbSchemaName(options.subgraph)}`,
    extra: {
      max: options.database.poolSize,
      // A dead or unreachable database fails fast (a masked error) rather than hanging requests.
      connectionTimeoutMillis: options.database.connectTimeoutMs ?? 5_000,
      statement_timeout: statementTimeout,
      // The client's own limit, for a server that stops answering mid-query.
      query_timeout: statementTimeout + 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: `dovetail-${options.subgraph}`,
    },
  });
  subgraphs.set(dataSource, options.subgraph);
  if (tracingEnabled()) traceStatements(dataSource, options.subgraph);
  watchPool(dataSource, options.subgraph);
  return { dataSource, counter };
}

/**
 * Connects, creates the subgraph's PostgreSQL schema if needed, and runs pending migrations. On
 * PostgreSQL, replicas starting together take turns (a session advisory lock per schema, held on
 * the connection that migrates, so a pool of one is enough): the first migrates, the others then
 * find nothing pending.
 */
export async function openDatabase(source: SubgraphDataSource): Promise<DataSource> {
  const ds = source.dataSource;
  if (!ds.isInitialized) await ds.initialize();
  if (ds.options.type !== "postgres") {
    if (!ds.options.synchronize) await ds.runMigrations({ transaction: "each" });
    return ds;
  }
  const runner = ds.createQueryRunner();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [`dovetail-migrations:${ds.options.schema ?? "public"}`]);
    if (ds.options.schema) await runner.query(`CREATE SCHEMA IF NOT EXISTS "${ds.options.schema}"`);
    if (!ds.options.synchronize) {
      const migrations = new MigrationExecutor(ds, runner);
      migrations.transaction = "each";
      await migrations.executePendingMigrations();
    }
  } finally {
    // Ending the session (release returns it to the pool, so unlock first) frees the lock too.
    await runner.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    await runner.release();
  }
  return ds;
}

/**
 * Migration column type for an instant: what typeorm infers for a `Date` property on each
 * driver, so migrated tables match the entities exactly (a test checks there is no drift).
 */
export function timestampType(driverType: string): "timestamp" | "datetime" {
  return driverType === "postgres" ? "timestamp" : "datetime";
}

const transactionQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * A transaction that waits its turn on SQLite: better-sqlite3 has one connection, and typeorm
 * refuses a second BEGIN while one is open (and would pull concurrent writes into it). On
 * PostgreSQL each transaction has its own pooled connection and runs at once. All writes go
 * through here.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === "postgres") return dataSource.transaction(work);
  const previous = transactionQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(
    () => dataSource.transaction(work),
    () => dataSource.transaction(work),
  );
  transactionQueues.set(dataSource, run.catch(() => undefined));
  return run;
}

/** An entity's table as raw SQL names it: schema-qualified on PostgreSQL, quoted for the driver. */
export function qualifiedTable(dataSource: DataSource, entity: Function): string {
  const metadata = dataSource.getMetadata(entity);
  const name = dataSource.driver.escape(metadata.tableName);
  return metadata.schema ? `${dataSource.driver.escape(metadata.schema)}.${name}` : name;
}
