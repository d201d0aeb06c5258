import type { Redis } from "ioredis";
import { ErrorCode } from "../common/errors";
import { RequestRefusedError } from "../common/http";
import { serviceLogger } from "../common/logger";

const log = serviceLogger("gateway");
const WINDOW_MS = 60_000;

/** Counts hits of a key in fixed one-minute windows. */
export interface RateLimitStore {
  /** This hit's number in the key's current window, and how long until the window ends. */
  hit(key: string): Promise<{ count: number; resetMs: number }>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string): Promise<{ count: number; resetMs: number }> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetMs: window.resetAt - now };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

// INCR and, on the window's first hit, its expiry: one atomic step for every replica.
const HIT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;

/**
 * The windows in Redis, shared by every gateway replica. If Redis fails, the replica counts in
 * memory meanwhile: limits hold per replica rather than not at all.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly fallback = new MemoryRateLimitStore();
  private warnedAt = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "dovetail:rate:",
  ) {}

  async hit(key: string): Promise<{ count: number; resetMs: number }> {
    try {
      const [count, ttl] = (await this.redis.eval(HIT, 1, this.prefix + key, WINDOW_MS)) as [number, number];
      return { count, resetMs: ttl > 0 ? ttl : WINDOW_MS };
    } catch (err) {
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        log.warn({ err }, "rate limits in Redis unavailable: counting in memory");
      }
      return this.fallback.hit(key);
    }
  }
}

/** A limit of `perMinute` requests a minute per key (0: none). Refusals say when to retry. */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly perMinute: number,
    private readonly what: string,
  ) {}

  /** Counts a request; throws RequestRefusedError (HTTP 429, RATE_LIMITED, Retry-After) over the limit. */
  async check(key: string): Promise<void> {
    if (this.perMinute <= 0) return;
    const { count, resetMs } = await this.store.hit(key);
    if (count <= this.perMinute) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(resetMs / 1000));
    throw new RequestRefusedError(
      429,
      `Too many requests ${this.what}: at most ${this.perMinute} a minute. Retry in ${retryAfterSeconds} s.`,
      ErrorCode.RATE_LIMITED,
      { retryAfterSeconds },
      { "retry-after": String(retryAfterSeconds) },
    );
  }
}
