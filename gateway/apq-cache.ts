import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { Redis } from "ioredis";
import { serviceLogger } from "../common/logger";

/**
 * The automatic persisted queries cache in Redis, so every gateway replica knows an operation
 * once any of them has seen it. A Redis outage degrades to cache misses (clients resend the
 * text), never to failed requests.
 */
/** A Redis connection that fails fast: a request waits at most one short round for it. */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: false });
  // Errors are reported by the users of the connection; this keeps them from being unhandled.
  client.on("error", () => undefined);
  return client;
}

export class RedisKeyValueCache implements KeyValueCache<string> {
  private warnedAt = 0;

  constructor(
    private readonly client: Redis,
    private readonly prefix = "dovetail:",
  ) {}

  static connect(url: string, prefix?: string): RedisKeyValueCache {
    const client = connectRedis(url);
    const cache = new RedisKeyValueCache(client, prefix);
    client.on("error", (err: Error) => cache.warn(err));
    return cache;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.client.get(this.prefix + key)) ?? undefined;
    } catch (err) {
      this.warn(err as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      const ttl = options?.ttl;
      if (typeof ttl === "number" && ttl > 0) await this.client.set(this.prefix + key, value, "EX", Math.ceil(ttl));
      else await this.client.set(this.prefix + key, value);
    } catch (err) {
      this.warn(err as Error);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      return (await this.client.del(this.prefix + key)) > 0;
    } catch (err) {
      this.warn(err as Error);
    }
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === "PONG";
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }

  private warn(err: Error): void {
    // One line a minute, not one per request.
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    serviceLogger("gateway").warn({ err }, "persisted-query cache (Redis) unavailable");
  }
}
