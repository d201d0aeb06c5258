import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { loadGatewaySecurity } from "../../gateway/security";
import { createGatewayApp, type GatewayApp } from "../../gateway/server";
import { isRetryable, SubgraphClient } from "../../gateway/subgraph-client";
import { sqliteTestDatabase, type TestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

const ROOT = path.resolve(__dirname, "../..");
const SUPERGRAPH = fs.readFileSync(path.join(ROOT, "schema/supergraph.graphql"), "utf8");
const TIMEOUT_MS = 2_000;
// Agencies answer; their rollout phase comes from governance-boards, the subgraph we stop.
const QUERY = `{ agencies(kind: LOCAL_AUTHORITY) { id name dovetailPhase { id } } }`;

interface Phased {
  agencies: { id: string; name: string; dovetailPhase: { id: string } | null }[] | null;
}

/** Starts the governance-boards subgraph in its own process, on the platform's database and keys. */
async function startSubgraphProcess(db: TestDatabase, keysDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "tests/fixtures/subgraph-process.js"), "governance-boards"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      DATA_DIR: db.config.kind === "sqlite" ? db.config.dataDir : "",
      KEYS_DIR: keysDir,
      GOVERNANCE_BOARDS_PORT: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the subgraph process did not start within 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`the subgraph process exited (${code})`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === "subgraph ready" && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
  });
  return { child, url };
}

describe("faults: a hung subgraph, a dead one", () => {
  const db = sqliteTestDatabase();
  let platform: TestPlatform;
  let child: ChildProcess;
  let gateway: GatewayApp;
  let gatewayUrl: string;

  beforeAll(async () => {
    platform = await startTestPlatform(db, { cases: 30 });
    const started = await startSubgraphProcess(db, platform.config.auth.keysDir);
    child = started.child;
    const subgraphUrls = { ...platform.subgraphUrls, "governance-boards": started.url };
    // The production deadline, not the tests' generous one.
    gateway = createGatewayApp({ supergraphSdl: SUPERGRAPH, subgraphUrls, env: "test", security: loadGatewaySecurity(platform.config.auth, subgraphUrls), subgraphTimeoutMs: TIMEOUT_MS });
    gatewayUrl = `http://127.0.0.1:${await gateway.listen(0, "127.0.0.1")}/graphql`;
  }, 60_000);
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await gateway?.stop();
    await platform?.shutdown();
  });

  const ask = async () => {
    const started = Date.now();
    const res = await postGraphQL<Phased>(gatewayUrl, QUERY, {}, await platform.as("board-member", null));
    return { res, ms: Date.now() - started };
  };

  it("answers in full while the subgraph is up", async () => {
    const { res } = await ask();
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.agencies!.every((a) => a.dovetailPhase !== null)).toBe(true);
  });

  it("gives partial data within the deadline when the subgraph hangs (SIGSTOP)", async () => {
    child.kill("SIGSTOP");
    try {
      const { res, ms } = await ask();
      console.log(`[faults] hung subgraph (SIGSTOP): partial data after ${ms} ms (deadline ${TIMEOUT_MS} ms)`);
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_500);
      expect(res.status).toBe(200);
      const agencies = res.body.data!.agencies!;
      expect(agencies).toHaveLength(48);
      expect(agencies.every((a) => a.name && a.dovetailPhase === null)).toBe(true);
      expect(res.body.errors?.[0]).toMatchObject({ message: `The governance-boards service did not answer within ${TIMEOUT_MS} ms.`, extensions: { code: "SERVICE_UNAVAILABLE" } });
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|http:\/\//);
    } finally {
      child.kill("SIGCONT");
    }
    // Once it runs again, so do full answers.
    const { res } = await ask();
    expect(res.body.errors).toBeUndefined();
  });

  it("gives partial data at once when the subgraph is dead (killed)", async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const { res, ms } = await ask();
    console.log(`[faults] dead subgraph (SIGKILL): partial data after ${ms} ms`);
    expect(ms).toBeLessThan(1_000);
    expect(res.body.data!.agencies!.every((a) => a.dovetailPhase === null)).toBe(true);
    expect(res.body.errors?.[0]).toMatchObject({ message: "The governance-boards service is unavailable.", extensions: { code: "SERVICE_UNAVAILABLE" } });
    const ready = await fetch(gatewayUrl.replace(/\/graphql$/, "/health/ready"));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ subgraphs: { "governance-boards": "unreachable", agencies: "ready" } });
  });
});

describe("the subgraph client", () => {
  /** A port that accepts and drops every connection: each call is a connection failure. */
  async function dropping(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
    let count = 0;
    const server = net.createServer((socket) => {
      count += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    return { url: `http://127.0.0.1:${port}/graphql`, connections: () => count, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it("retries a query once on a connection failure, and a mutation never", async () => {
    const target = await dropping();
    try {
      const client = new SubgraphClient("cases", target.url, 1_000);
      const send = (query: string, retryable: boolean) => client.post(JSON.stringify({ query }), { "content-type": "application/json" }, retryable);
      await expect(send("query Q { cases { id } }", true)).rejects.toThrow("The cases service is unavailable.");
      expect(target.connections()).toBe(2);
      await expect(send("mutation M { referCase(input: {}) { id } }", false)).rejects.toThrow("The cases service is unavailable.");
      expect(target.connections()).toBe(3);
      client.close();
      // What the gateway decides from the operation it sends (the planner names it, e.g. `mutation Refer__cases__0`).
      expect(isRetryable("query Caseload__cases__0 { cases { totalCount } }")).toBe(true);
      expect(isRetryable("{ cases { totalCount } }")).toBe(true);
      expect(isRetryable("  mutation Refer__cases__0($input: ReferCaseInput!) { referCase(input: $input) { id } }")).toBe(false);
    } finally {
      await target.close();
    }
  });
});
