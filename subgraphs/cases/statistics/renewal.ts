import { randomUUID } from "node:crypto";
import { Client, type Notification } from "pg";
import type { DataSource } from "typeorm";
import { serviceLogger } from "../../../common/logger";

type PostgresConnectionOptions = Extract<DataSource["options"], { type: "postgres" }>;

/** The PostgreSQL channel every cases replica listens on; the payload names the schema and the sender. */
export const RENEWAL_CHANNEL = "dovetail_statistics";

const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 30_000;
/** A report waits at most this long for the listener before building from what it has. */
const LISTEN_WAIT_MS = 2_000;

/**
 * Case work renews the statistics in every replica of the cases subgraph, not only the one that
 * did it. On PostgreSQL, the replica that changed a case announces it (`NOTIFY`, right after its
 * commit) and every replica listens (`LISTEN`, on a connection of its own, opened when it first
 * serves a report): each drops its cubes and medians when told, so a report served by any replica
 * reflects case work committed elsewhere as soon as the notification arrives (milliseconds) plus
 * the time to build the year's cube again. A replica that loses its listening connection renews
 * its statistics once it has listened again (it may have missed notifications meanwhile); until
 * then its cubes still expire after STATS_CACHE_SECONDS. With SQLite (one process) nothing is sent.
 */
export class StatisticsRenewal {
  private readonly instance = randomUUID();
  private readonly scope: string;
  private readonly postgres: PostgresConnectionOptions | null;
  private client: Client | null = null;
  private listening: Promise<void> | null = null;
  private retryMs = RECONNECT_MIN_MS;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    /** Drops this replica's statistics. */
    private readonly renew: () => void,
  ) {
    this.postgres = dataSource.options.type === "postgres" ? dataSource.options : null;
    this.scope = this.postgres?.schema ?? "public";
  }

  /** Tells the other replicas that case work landed here (fire and forget: a failure is logged). */
  announce(): void {
    if (!this.postgres || this.closed) return;
    this.dataSource.query("SELECT pg_notify($1, $2)", [RENEWAL_CHANNEL, `${this.scope} ${this.instance}`]).catch((err: unknown) => {
      serviceLogger("cases").warn({ err }, "statistics renewal not announced: other replicas renew after STATS_CACHE_SECONDS");
    });
  }

  /**
   * Listens from the first report on: resolves once listening (so the cube built next cannot miss
   * a change committed after it was read), or after a short wait if the database does not answer.
   */
  async ready(): Promise<void> {
    if (!this.postgres || this.closed) return;
    this.listening ??= this.listen();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.listening, new Promise<void>((resolve) => (timer = setTimeout(resolve, LISTEN_WAIT_MS)))]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const options = this.postgres!;
    const extra = (options.extra ?? {}) as { connectionTimeoutMillis?: number };
    const client = new Client({
      connectionString: options.url,
      host: options.host,
      port: options.port,
      user: options.username,
      password: typeof options.password === "string" ? options.password : undefined,
      database: options.database,
      connectionTimeoutMillis: extra.connectionTimeoutMillis,
      keepAlive: true,
      application_name: "dovetail-cases-statistics",
    });
    client.on("notification", (message: Notification) => {
      const [scope, sender] = (message.payload ?? "").split(" ");
      if (message.channel === RENEWAL_CHANNEL && scope === this.scope && sender !== this.instance) this.renew();
    });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${RENEWAL_CHANNEL}`);
    } catch (err) {
      this.lost(client, err);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = RECONNECT_MIN_MS;
  }

  /** The listening connection failed or ended: renew now (changes may have been missed) and listen again later. */
  private lost(client: Client, err: unknown): void {
    if (this.closed || (this.client !== null && this.client !== client)) return;
    if (this.retry) return;
    this.client = null;
    client.removeAllListeners("end");
    client.end().catch(() => undefined);
    if (err) serviceLogger("cases").warn({ err, retryMs: this.retryMs }, "statistics renewal: not listening, trying again");
    this.renew();
    this.retry = setTimeout(() => {
      this.retry = null;
      this.listening = this.listen();
    }, this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
  }
}
