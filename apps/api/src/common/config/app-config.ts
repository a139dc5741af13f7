import path from 'node:path';
import { z } from 'zod';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | {
      type: 'mysql';
      /** Learned from the server's VERSION() when the database is opened. */
      flavor?: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
      url: string;
    };

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  demoSeed: boolean;
  /** With the demo seed: posts, templates, stories and months of activity. */
  demoContent: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  webDistDir: string;
  /** How often the challenge closing job runs (ms); 0 turns it off. */
  challengeCloseIntervalMs: number;
  /** How often badges are re-evaluated for every member (catch-up, ms); 0 turns it off. */
  badgeCatchUpIntervalMs: number;
  /**
   * Redis for running several API processes behind one address (optional): live
   * subscriptions, login rate limits, export download tickets and job locks are shared there.
   * Null: one process, everything in memory.
   */
  redis: RedisConfig | null;
};

export type RedisConfig = {
  url: string;
  /** Prefixes every key this installation writes (not pub/sub channels). */
  keyPrefix: string;
};

/** Raised for invalid configuration; main.ts prints the message alone and exits non-zero. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_PATH: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DEMO_SEED: booleanString.optional(),
  DEMO_CONTENT: booleanString.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: booleanString.optional(),
  TRUST_PROXY: booleanString.default(false),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100000).default(50),
  WEB_DIST_DIR: z.string().min(1).optional(),
  CHALLENGE_CLOSE_INTERVAL_MS: z.coerce.number().int().min(0).default(30_000),
  BADGE_CATCH_UP_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 60_000),
  REDIS_URL: z
    .string()
    .min(1)
    .refine((v) => /^rediss?:\/\/[^/]/.test(v), {
      error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    })
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, { error: 'letters, digits and : _ . - (at most 64)' })
    .default('chienowa:'),
});

/** Parses `mysql://user:pass@host:port/db` (also `mariadb://`). */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is malformed: expected mysql://user:password@host:port/database',
    );
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError(
      `DATABASE_URL uses an unsupported scheme "${parsed.protocol.replace(/:$/, '')}": expected mysql://user:password@host:port/database`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!parsed.hostname || !database || database.includes('/')) {
    throw new ConfigError(
      'DATABASE_URL must name a host and a database: mysql://user:password@host:port/database',
    );
  }
  const port = parsed.port ? Number(parsed.port) : 3306;
  return {
    type: 'mysql',
    host: parsed.hostname,
    port,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
    url,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new ConfigError(`Invalid configuration: ${details}`);
  }
  const e = result.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const database: DatabaseConfig = e.DATABASE_URL
    ? parseDatabaseUrl(e.DATABASE_URL)
    : {
        type: 'sqlite',
        path: path.resolve(e.DATABASE_PATH ?? path.join(dataDir, 'chienowa.sqlite')),
      };
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database,
    // The embedded database seeds a demo company unless told not to; a real MySQL starts empty.
    demoSeed: e.DEMO_SEED ?? database.type === 'sqlite',
    demoContent: e.DEMO_CONTENT,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    loginMaxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(__dirname, '../../../../web/dist')),
    challengeCloseIntervalMs: e.CHALLENGE_CLOSE_INTERVAL_MS,
    badgeCatchUpIntervalMs: e.BADGE_CATCH_UP_INTERVAL_MS,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
