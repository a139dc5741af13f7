import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { RateLimitedError } from '../../../common/graphql/app-errors';
import { REDIS } from '../../../common/redis/redis.tokens';

const WINDOW_SECONDS = 15 * 60;

/**
 * In memory for one process; with REDIS_URL in Redis (same limits), so failures counted by one
 * API process hold for all of them. Should Redis fail, the in-memory limiter stands in.
 */
function limiter(redis: Redis | null, options: IRateLimiterOptions) {
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/**
 * Counts failed sign-ins per (email, IP) and per IP over 15 minutes. While either is over its
 * limit, sign-in is refused before the password is checked. A success clears the pair.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterMemory | RateLimiterRedis;
  private readonly perIp: RateLimiterMemory | RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    this.perAccount = limiter(redis, {
      keyPrefix: 'login-account',
      points: config.loginMaxFailuresPerAccount,
      duration: WINDOW_SECONDS,
    });
    this.perIp = limiter(redis, {
      keyPrefix: 'login-ip',
      points: config.loginMaxFailuresPerIp,
      duration: WINDOW_SECONDS,
    });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.perAccount.get(`${email}|${ip}`),
      this.perIp.get(ip),
    ]);
    for (const [res, limit] of [
      [account, this.perAccount.points],
      [address, this.perIp.points],
    ] as const) {
      if (res && res.consumedPoints >= limit) {
        throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(`${email}|${ip}`, 1),
      this.perIp.penalty(ip, 1),
    ]).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.perAccount.delete(`${email}|${ip}`);
  }
}
