import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import Redis from 'ioredis';
import MQEmitterRedis from 'mqemitter-redis';
import { APP_CONFIG, ConfigError, type AppConfig } from '../config/app-config';
import { JobLock } from './job-lock';
import { LIVE_EMITTER, REDIS } from './redis.tokens';

export { LIVE_EMITTER, REDIS } from './redis.tokens';

const CONNECT_TIMEOUT_MS = 5_000;

export type LiveEmitter = ReturnType<typeof MQEmitterRedis>;

/** Connects and checks the server answers, so a wrong REDIS_URL stops the start with one line. */
async function connect(url: string, options: { keyPrefix?: string } = {}): Promise<Redis> {
  const client = new Redis(url, {
    ...options,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // A command fails after a few reconnect attempts instead of waiting forever.
    maxRetriesPerRequest: 3,
  });
  let started = false;
  let firstError: Error | null = null;
  // ioredis reconnects by itself; without a listener an 'error' event would crash the process.
  client.on('error', (error: Error) => {
    if (started) Logger.warn(`Redis: ${error.message}`, 'Redis');
    else firstError ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    started = true;
    return client;
  } catch (error) {
    client.disconnect();
    const reason = firstError ?? error;
    throw new ConfigError(
      `REDIS_URL is set but Redis does not answer at ${url.replace(/\/\/[^@/]*@/, '//***@')} (${
        reason instanceof Error ? reason.message : String(reason)
      })`,
    );
  }
}

/**
 * Checks that Redis answers before the app is built (createApp), so a wrong REDIS_URL stops
 * the start with one clear line instead of a failing provider deep inside Nest.
 */
export async function assertRedisAnswers(url: string): Promise<void> {
  const client = await connect(url);
  client.disconnect();
}

/** Closes what the factories opened, after the HTTP server (and its WebSockets) has closed. */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(LIVE_EMITTER) private readonly emitter: LiveEmitter | undefined,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.emitter) await new Promise<void>((resolve) => this.emitter!.close(() => resolve()));
    if (this.redis) await this.redis.quit().catch(() => this.redis!.disconnect());
  }
}

/**
 * Optional Redis for running several API processes behind one address. Without REDIS_URL
 * both providers are empty and every consumer keeps its in-memory behaviour (one process).
 * What lives in Redis: the GraphQL subscription fan-out (pub/sub, LIVE_EMITTER), login rate
 * limits, export download tickets, and the locks that make scheduled jobs run once (JobLock).
 */
@Global()
@Module({})
export class RedisModule {
  static register(): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): Promise<Redis | null> | null =>
            config.redis ? connect(config.redis.url, { keyPrefix: config.redis.keyPrefix }) : null,
        },
        {
          provide: LIVE_EMITTER,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<LiveEmitter | undefined> => {
            if (!config.redis) return undefined;
            // Two connections of its own: a subscribed Redis connection can run no other command.
            // Channels are the topics (feed:<orgId>, notifications:<memberId>): ids, not prefixed.
            const [pubConn, subConn] = await Promise.all([
              connect(config.redis.url),
              connect(config.redis.url),
            ]);
            const emitter = MQEmitterRedis({ pubConn, subConn });
            // Its connection errors arrive here (an unheard 'error' event would end the process).
            (emitter as unknown as { state: NodeJS.EventEmitter }).state.on('error', (e: Error) =>
              Logger.warn(`Redis live emitter: ${e.message}`, 'Redis'),
            );
            return emitter;
          },
        },
        JobLock,
        RedisLifecycle,
      ],
      exports: [REDIS, LIVE_EMITTER, JobLock],
    };
  }
}
