import net from "node:net";
import { describePostgres, postgresTestDatabase, type TestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

/**
 * A TCP proxy in front of PostgreSQL that the test can cut and restore: the database "stops" for
 * the platform (every connection dropped, new ones refused) without stopping the server other
 * suites share.
 */
class CuttableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server!;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

describePostgres("database outage on PostgreSQL", (postgresUrl) => {
  const target = new URL(postgresUrl);
  const proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
  let db: TestDatabase;
  let platform: TestPlatform;

  beforeAll(async () => {
    await proxy.start();
    const url = new URL(target.toString());
    url.port = String(proxy.port);
    const base = postgresTestDatabase(url.toString());
    // A short connection timeout: an unreachable database fails fast.
    db = { ...base, config: { ...base.config, kind: "postgres", url: url.toString(), poolSize: 4, logSql: false, connectTimeoutMs: 1_000, statementTimeoutMs: 5_000 } };
    platform = await startTestPlatform(db, { cases: 20 });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const agencies = async () => {
    const started = Date.now();
    const res = await postGraphQL<{ agencies: { id: string }[] | null }>(platform.gatewayUrl, "{ agencies(kind: LOCAL_AUTHORITY) { id } }", {}, await platform.as("board-member", null));
    return { res, ms: Date.now() - started };
  };
  const readiness = async () => (await fetch(platform.subgraphUrls.agencies.replace(/\/graphql$/, "/health/ready"))).status;

  it("answers a masked error, quickly, while the database is down, and recovers when it returns", async () => {
    expect((await agencies()).res.body.data?.agencies).toHaveLength(48);
    expect(await readiness()).toBe(200);

    await proxy.cut();
    const { res, ms } = await agencies();
    expect(ms).toBeLessThan(5_000);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(res.body.errors?.[0]?.message).toBe("Internal server error");
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|5432|postgres|SELECT/i);
    expect(await readiness()).toBe(503);

    await proxy.start();
    // The pool reconnects on the next request: no restart.
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i++) {
      recovered = (await agencies()).res.body.data?.agencies?.length === 48;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(true);
    expect(await readiness()).toBe(200);
  });
});
