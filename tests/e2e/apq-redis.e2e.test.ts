import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { SUBGRAPH_NAMES } from "../../common/config";
import { RedisKeyValueCache } from "../../gateway/apq-cache";
import { sha256 } from "../../gateway/safelist";
import { loadGatewaySecurity } from "../../gateway/security";
import { createGatewayApp, type GatewayApp } from "../../gateway/server";
import { describeRedis, sqliteTestDatabase } from "../fixtures/databases";
import { startTestPlatform, type TestPlatform } from "../fixtures/platform";

const QUERY = "query RedisProbe { agencies(kind: LOCAL_AUTHORITY) { id name } }";
const HASH = sha256(QUERY);
const PREFIX = "dovetail:apq:";

interface Answer {
  status: number;
  data: unknown;
  code: string | undefined;
}

// Automatic persisted queries shared by gateway replicas through the real Redis (always in CI).
describeRedis("automatic persisted queries in Redis", (url) => {
  let platform: TestPlatform;
  let redis: Redis;
  const extra: { app: GatewayApp; url: string; cache?: RedisKeyValueCache }[] = [];

  /** Another gateway replica on the same subgraphs, with its own persisted-query cache. */
  async function replica(cache?: RedisKeyValueCache): Promise<string> {
    const security = loadGatewaySecurity(platform.config.auth, platform.subgraphUrls);
    const supergraphSdl = fs.readFileSync(path.resolve(__dirname, "../../schema/supergraph.graphql"), "utf8");
    const app = createGatewayApp({ supergraphSdl, subgraphUrls: platform.subgraphUrls, env: "test", security, persistedQueries: { cache, ttlSeconds: 600 } });
    const port = await app.listen(0, "127.0.0.1");
    const replicaUrl = `http://127.0.0.1:${port}/graphql`;
    extra.push({ app, url: replicaUrl, cache });
    return replicaUrl;
  }

  async function send(gateway: string, body: Record<string, unknown>): Promise<Answer> {
    const res = await fetch(gateway, { method: "POST", headers: { "content-type": "application/json", ...(await platform.as("board-member", null)) }, body: JSON.stringify(body) });
    const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, data: json.data ?? null, code: json.errors?.[0]?.extensions?.code };
  }
  const byHash = (gateway: string) => send(gateway, { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });
  const withText = (gateway: string) => send(gateway, { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });

  beforeAll(async () => {
    redis = new Redis(url, { maxRetriesPerRequest: 1 });
    await redis.del(`${PREFIX}apq:${HASH}`);
    // The platform's gateway takes Redis from REDIS_URL, as a deployment would.
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 20, env: { REDIS_URL: url, APQ_TTL_SECONDS: "900" } });
  });
  afterAll(async () => {
    for (const r of extra) {
      await r.app.stop();
      await r.cache?.close();
    }
    await platform?.shutdown();
    await redis?.del(`${PREFIX}apq:${HASH}`);
    redis?.disconnect();
  });

  it("lets a replica run by hash an operation another replica registered", async () => {
    expect(SUBGRAPH_NAMES.length).toBe(5);
    const other = await replica(RedisKeyValueCache.connect(url, PREFIX));
    expect(await byHash(platform.gatewayUrl)).toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND", data: null });
    const registered = await withText(platform.gatewayUrl);
    expect(registered.code).toBeUndefined();
    expect((registered.data as { agencies: unknown[] }).agencies.length).toBe(48);
    // Stored in Redis, with the configured lifetime.
    expect(await redis.get(`${PREFIX}apq:${HASH}`)).toBe(QUERY);
    const ttl = await redis.ttl(`${PREFIX}apq:${HASH}`);
    expect(ttl).toBeGreaterThan(800);
    expect(ttl).toBeLessThanOrEqual(900);
    const served = await byHash(other);
    expect(served).toEqual({ status: 200, data: registered.data, code: undefined });
  });

  it("is Redis that shares them: a replica with its cache in memory does not know the hash", async () => {
    const alone = await replica();
    expect((await byHash(alone)).code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("keeps serving when Redis is unreachable: the cache only misses", async () => {
    const broken = RedisKeyValueCache.connect("redis://127.0.0.1:1", PREFIX);
    const degraded = await replica(broken);
    const answer = await withText(degraded);
    expect(answer.code).toBeUndefined();
    expect((answer.data as { agencies: unknown[] }).agencies.length).toBe(48);
    expect((await byHash(degraded)).code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(await broken.ping()).toBe(false);
  });
});
