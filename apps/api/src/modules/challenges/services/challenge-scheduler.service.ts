import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { ChallengeClosingService } from './challenge-closing.service';

/**
 * Runs the closing job on start (catching up on everything that ended while the server was
 * down) and then every ~30 s. The timer is unref'd (never keeps the process alive); runs do
 * not overlap within a process, and the job is safe when several processes run it at once.
 */
@Injectable()
export class ChallengeSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChallengeSchedulerService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly closing: ChallengeClosingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // CHALLENGE_CLOSE_INTERVAL_MS (default 30 s; 0 = off).
    const interval = this.config.challengeCloseIntervalMs;
    if (interval === 0) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
  }

  /** One run of the job (skipped while the previous one is still going). */
  tick(): Promise<number> {
    if (!this.running) {
      this.running = this.closing
        .closeDue()
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
