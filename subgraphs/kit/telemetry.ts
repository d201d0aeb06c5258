import { SpanKind } from "@opentelemetry/api";
import type { DataSource, QueryRunner } from "typeorm";
import { subgraphMetrics } from "../../common/telemetry/metrics";
import { inSpan, insideSpan } from "../../common/telemetry/tracing";
import type { AuditAction } from "./audit/chain";

/**
 * A subgraph's measurements: its SQL statements and the disclosure record's append as spans of
 * the request's trace, the append's duration and failures, the database pool, statistics cubes.
 */

/** SQL statements are recorded as their text with placeholders (`$1`, `?`), never their parameters. */
const MAX_STATEMENT_CHARS = 2_000;
const TRACED = Symbol("dovetail.traced");

type Query = QueryRunner["query"];

function verbOf(sql: string): string {
  const match = /^\s*(\w+)/.exec(sql);
  return match ? match[1]!.toUpperCase() : "SQL";
}

/**
 * Every statement a data source sends, as a client span of the subgraph, on PostgreSQL and
 * SQLite alike: the driver's query runners are wrapped as they are made (typeorm sends every
 * statement, the entity manager's and raw ones, through `QueryRunner.query`). Only inside a
 * traced request: migrations and seeding are not traced. Call only when tracing is on.
 */
export function traceStatements(dataSource: DataSource, subgraph: string): void {
  const driver = dataSource.driver as { createQueryRunner(mode: "master" | "slave"): QueryRunner };
  const system = dataSource.options.type === "postgres" ? "postgresql" : "sqlite";
  const namespace = dataSource.options.type === "postgres" ? (dataSource.options.schema ?? subgraph) : subgraph;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode) as QueryRunner & { [TRACED]?: true };
    // better-sqlite3's driver hands out one runner for ever: wrap it once.
    if (runner[TRACED]) return runner;
    runner[TRACED] = true;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    runner.query = ((sql: string, ...rest: unknown[]) => {
      if (!insideSpan()) return query(sql, ...rest);
      const verb = verbOf(sql);
      return inSpan(
        subgraph,
        `${verb} ${namespace}`,
        { "db.system.name": system, "db.namespace": namespace, "db.operation.name": verb, "db.query.text": sql.length > MAX_STATEMENT_CHARS ? `${sql.slice(0, MAX_STATEMENT_CHARS)}…` : sql },
        () => query(sql, ...rest),
        SpanKind.CLIENT,
      );
    }) as Query;
    return runner;
  };
}

/** The PostgreSQL pool's connections in use, idle and waited for, read when metrics are scraped. */
export function watchPool(dataSource: DataSource, subgraph: string): void {
  if (dataSource.options.type !== "postgres") return;
  subgraphMetrics(subgraph).pool = () => {
    const pool = (dataSource.driver as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    if (!dataSource.isInitialized || !pool) return null;
    return { inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount };
  };
}

/** The append of a request's audit record (until committed): a span, its duration and failures. */
export async function observeAppend<T>(subgraph: string, action: AuditAction, rows: number, append: () => Promise<T>): Promise<T> {
  const metrics = subgraphMetrics(subgraph);
  const started = process.hrtime.bigint();
  try {
    const result = await inSpan(subgraph, "audit append", { "dovetail.audit.action": action, "dovetail.audit.rows": rows }, append);
    metrics.auditAppendDuration.observe({ action }, Number(process.hrtime.bigint() - started) / 1e9);
    return result;
  } catch (err) {
    metrics.auditAppendFailures.inc({ action });
    throw err;
  }
}

/** A statistics year cube built and protected: counted and timed by outcome, a span of the request that asked. */
export async function observeCubeBuild<T>(subgraph: string, build: () => Promise<T>): Promise<T> {
  const metrics = subgraphMetrics(subgraph);
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const cube = await inSpan(subgraph, "statistics cube build", {}, build);
    metrics.cubeBuilds.inc({ outcome: "ok" });
    metrics.cubeBuildDuration.observe({ outcome: "ok" }, seconds());
    return cube;
  } catch (err) {
    metrics.cubeBuilds.inc({ outcome: "error" });
    metrics.cubeBuildDuration.observe({ outcome: "error" }, seconds());
    throw err;
  }
}
