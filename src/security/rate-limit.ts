// Rate limits per caller (API key, JWT subject) or, for requests without credentials, per client
// address: RATE_LIMIT_POINTS operations per RATE_LIMIT_WINDOW_SECONDS. With REDIS_URL the counters
// live in Redis and hold across server processes; otherwise in memory (one process).
// A second, stricter limiter counts failed authentications per address, so guessing keys is slow
// and costs no database lookup once the address is blocked.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimits {
  /** Takes one point for `key`. */
  consume(key: string): Promise<Verdict>;
  /** Whether `address` may still try credentials. */
  mayAuthenticate(address: string): Promise<Verdict>;
  /** Records a failed authentication from `address`. */
  authenticationFailed(address: string): Promise<void>;
  close(): Promise<void>;
}

const AUTH_FAILURES_PER_WINDOW = 20;

function verdictOf(error: unknown): Verdict {
  if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  // The store failed (Redis down): let the request through rather than take the service down.
  return { ok: true };
}

export function createRateLimits(settings: Config['rateLimit'], keyPrefix = 'gtm_rl'): RateLimits {
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract | undefined;
  let failures: RateLimiterAbstract;
  const failureOptions = { points: AUTH_FAILURES_PER_WINDOW, duration: 15 * 60, keyPrefix: `${keyPrefix}_authfail` };
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', () => {}); // reported through the limiter's fallback; never crash the server
    const insurance = (opts: { points: number; duration: number }) => new RateLimiterMemory(opts);
    if (settings.points > 0) {
      const opts = { points: settings.points, duration: settings.windowSeconds };
      limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix, ...opts, insuranceLimiter: insurance(opts) });
    }
    failures = new RateLimiterRedis({ storeClient: redis, ...failureOptions, insuranceLimiter: insurance(failureOptions) });
  } else {
    if (settings.points > 0) {
      limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds, keyPrefix });
    }
    failures = new RateLimiterMemory(failureOptions);
  }
  return {
    async consume(key) {
      if (!limiter) return { ok: true };
      try {
        await limiter.consume(key, 1);
        return { ok: true };
      } catch (error) {
        return verdictOf(error);
      }
    },
    async mayAuthenticate(address) {
      try {
        const res = await failures.get(address);
        if (res && res.consumedPoints >= AUTH_FAILURES_PER_WINDOW) {
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
        }
        return { ok: true };
      } catch {
        return { ok: true };
      }
    },
    async authenticationFailed(address) {
      try {
        await failures.penalty(address, 1);
      } catch {
        // best effort
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
