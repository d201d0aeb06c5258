import { randomBytes } from "node:crypto";
import type { Client } from "pg";
import type { DataSource } from "typeorm";
import { configureLogging } from "../../common/logger";
import { StatisticsRenewal } from "../../subgraphs/cases/statistics/renewal";
import { createDataSource } from "../../subgraphs/kit/datasource";
import { describePostgres } from "../fixtures/databases";

/** Connects a data source (no tables needed: the renewal only notifies and listens) for a schema. */
async function connect(url: string, schemaPrefix: string): Promise<DataSource> {
  const { dataSource } = createDataSource({ subgraph: "cases", database: { kind: "postgres", url, poolSize: 2, logSql: false }, entities: [], migrations: [], schemaPrefix });
  await dataSource.initialize();
  return dataSource;
}

const until = async (check: () => boolean, ms = 3_000): Promise<boolean> => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
};

// The cases replicas' statistics renewal (README, Replicas behind a load balancer), on the real PostgreSQL.
describePostgres("statistics renewal across cases replicas (LISTEN/NOTIFY)", (url) => {
  const prefix = `t${randomBytes(4).toString("hex")}_`;
  const sources: DataSource[] = [];
  const renewals: StatisticsRenewal[] = [];
  const renewed = { a: 0, b: 0, other: 0 };

  beforeAll(async () => {
    // The lost connection below is logged as a warning: expected here.
    configureLogging({ level: "silent", file: null });
    const [a, b, other] = await Promise.all([connect(url, prefix), connect(url, prefix), connect(url, `${prefix}x_`)]);
    sources.push(a, b, other);
    renewals.push(new StatisticsRenewal(a, () => renewed.a++), new StatisticsRenewal(b, () => renewed.b++), new StatisticsRenewal(other, () => renewed.other++));
    await Promise.all(renewals.map((r) => r.ready()));
  });
  afterAll(async () => {
    await Promise.all(renewals.map((r) => r.close()));
    await Promise.all(sources.map((s) => s.destroy()));
  });

  it("renews the other replicas of the same schema when one announces case work, not itself nor another deployment", async () => {
    const [a, b] = renewals as [StatisticsRenewal, StatisticsRenewal];
    a.announce();
    expect(await until(() => renewed.b === 1)).toBe(true);
    b.announce();
    expect(await until(() => renewed.a === 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(renewed).toEqual({ a: 1, b: 1, other: 0 });
  });

  it("renews when its listening connection is lost, and listens again", async () => {
    const [a, b] = renewals as [StatisticsRenewal, StatisticsRenewal];
    const listener = (b as unknown as { client: Client & { processID: number } }).client;
    const before = renewed.b;
    await sources[0]!.query("SELECT pg_terminate_backend($1)", [listener.processID]);
    // Changes may have been missed while it was not listening: it renews at once.
    expect(await until(() => renewed.b === before + 1)).toBe(true);
    // Back after the first retry (1 s): announcements reach it again.
    expect(await until(() => (b as unknown as { client: Client | null }).client !== null, 5_000)).toBe(true);
    a.announce();
    expect(await until(() => renewed.b === before + 2)).toBe(true);
  });
});
