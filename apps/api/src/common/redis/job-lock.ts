import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from './redis.tokens';

// Compare-and-delete / compare-and-extend: a process only ever releases or extends its own lock
// (its token), never one that expired and was taken by another process meanwhile.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export type JobRun<T> = { ran: true; value: T } | { ran: false };

export type JobLockOptions = {
  /** Lock lifetime while the job runs; renewed every third of it, so a crashed holder frees it. */
  ttlMs: number;
  /**
   * After a successful run keep the lock this long (then it expires): the job then runs at most
   * once per such window across all processes instead of once per process. 0: release at once.
   */
  holdAfterMs?: number;
};

/**
 * Runs a scheduled job in one process at a time across all API processes sharing Redis
 * (SET key token NX PX ttl; renewed while running; released only by its owner). Without Redis
 * there is one process and the job simply runs. The jobs stay safe without the lock (closing
 * is a conditional UPDATE, badge awards are insert-if-absent): the lock saves the duplicate work.
 */
@Injectable()
export class JobLock {
  private readonly logger = new Logger(JobLock.name);

  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  get distributed(): boolean {
    return this.redis !== null;
  }

  /** The lock's key (under REDIS_KEY_PREFIX). */
  static key(job: string): string {
    return `lock:job:${job}`;
  }

  /** Takes the lock; returns its token, or null when another process holds it. */
  async acquire(job: string, ttlMs: number): Promise<string | null> {
    if (!this.redis) return 'local';
    const token = randomUUID();
    const ok = await this.redis.set(JobLock.key(job), token, 'PX', ttlMs, 'NX');
    return ok === 'OK' ? token : null;
  }

  /** Extends the lock if this token still holds it; false when it was lost. */
  async extend(job: string, token: string, ttlMs: number): Promise<boolean> {
    if (!this.redis) return true;
    return (await this.redis.eval(EXTEND, 1, JobLock.key(job), token, String(ttlMs))) === 1;
  }

  /** Releases the lock if this token still holds it. */
  async release(job: string, token: string): Promise<boolean> {
    if (!this.redis) return true;
    return (await this.redis.eval(RELEASE, 1, JobLock.key(job), token)) === 1;
  }

  /** Runs `work` unless another process holds the job's lock (then `{ ran: false }`). */
  async run<T>(job: string, options: JobLockOptions, work: () => Promise<T>): Promise<JobRun<T>> {
    if (!this.redis) return { ran: true, value: await work() };
    const token = await this.acquire(job, options.ttlMs);
    if (!token) return { ran: false };
    const renew = setInterval(
      () => {
        this.extend(job, token, options.ttlMs).then(
          (held) => {
            if (!held) this.logger.warn(`Lost the lock of job ${job} while running it`);
          },
          (error: unknown) => this.logger.warn(`Renewing the lock of job ${job}: ${String(error)}`),
        );
      },
      Math.max(50, Math.floor(options.ttlMs / 3)),
    );
    renew.unref();
    let succeeded = false;
    try {
      const value = await work();
      succeeded = true;
      return { ran: true, value };
    } finally {
      clearInterval(renew);
      const hold = succeeded ? (options.holdAfterMs ?? 0) : 0;
      await (hold > 0 ? this.extend(job, token, hold) : this.release(job, token)).catch(
        (error: unknown) => this.logger.warn(`Releasing the lock of job ${job}: ${String(error)}`),
      );
    }
  }
}
