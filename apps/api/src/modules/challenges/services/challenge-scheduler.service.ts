import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { JobLock } from '../../../common/redis/job-lock';
import { ChallengeClosingService } from './challenge-closing.service';

/** The lock of the closing job across API processes (see JobLock). */
export const CHALLENGE_CLOSE_JOB = 'challenge-close';
const LOCK_TTL_MS = 60_000;

/**
 * Runs the closing job on start (catching up on everything that ended while the server was
 * down) and then every ~30 s. The timer is unref'd (never keeps the process alive); runs do
 * not overlap within a process. The job is safe when several processes run it at once (each
 * close is a conditional UPDATE); with Redis a per-run lock also lets only one process do the
 * work, and keeps it for most of the interval, so the job runs about once per interval in all.
 */
@Injectable()
export class ChallengeSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChallengeSchedulerService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly closing: ChallengeClosingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lock: JobLock,
  ) {}

  onApplicationBootstrap(): void {
    // CHALLENGE_CLOSE_INTERVAL_MS (default 30 s; 0 = off).
    const interval = this.config.challengeCloseIntervalMs;
    if (interval === 0) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
  }

  /**
   * One run of the job (skipped while the previous one is still going here, or while another
   * process holds the job's lock); returns how many challenges this run closed.
   */
  tick(): Promise<number> {
    if (!this.running) {
      const holdAfterMs = Math.floor(this.config.challengeCloseIntervalMs * 0.8);
      this.running = this.lock
        .run(CHALLENGE_CLOSE_JOB, { ttlMs: LOCK_TTL_MS, holdAfterMs }, () =>
          this.closing.closeDue(),
        )
        .then((run) => (run.ran ? run.value : 0))
        .catch((error: unknown) => {
          this.logger.error(
            `Challenge closing failed: ${error instanceof Error ? error.stack : String(error)}`,
          );
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  /** Stops the timer (tests drive the job themselves) and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
