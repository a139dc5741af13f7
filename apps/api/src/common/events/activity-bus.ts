import { Injectable, Logger } from '@nestjs/common';
import type { ActivityEvent, ActivityEventOf, ActivityEventType } from './activity-events';

type Handler<T extends ActivityEventType> = (event: ActivityEventOf<T>) => Promise<void> | void;
type AnyHandler = (event: ActivityEvent) => Promise<void> | void;

/**
 * In-process publish/subscribe for ActivityEvents. Handlers run asynchronously after
 * `publish` returns (the publisher's response is not delayed) and one failing handler never
 * affects the publisher or the others: it is logged. Listeners must be idempotent and
 * tolerate a missed event (a crash between commit and handling): each context that derives
 * state from events also has a catch-up path (badge backfill, challenge recompute).
 *
 * It stays in-process when several API processes share the database (REDIS_URL): an event is
 * handled by the process that committed it. That is correct because every handler writes to
 * the shared database idempotently (insert-if-absent, unique keys, ledger entry keys), so no
 * other process needs to see the event, and a second delivery could only repeat no-ops. What
 * must reach other processes is live delivery to subscribers connected elsewhere: that goes
 * through Mercurius' Redis emitter (LiveEvents), not through this bus. Should a process die
 * between commit and handling, the catch-up paths above repair it, as with one process.
 */
@Injectable()
export class ActivityBus {
  private readonly logger = new Logger(ActivityBus.name);
  private readonly handlers = new Map<ActivityEventType, AnyHandler[]>();
  private readonly pending = new Set<Promise<void>>();

  on<T extends ActivityEventType>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    // Registered under its own type, so it only ever receives events of that type.
    list.push(handler as unknown as AnyHandler);
    this.handlers.set(type, list);
  }

  publish(event: ActivityEvent): void {
    for (const handler of this.handlers.get(event.type) ?? []) {
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => handler(event))
        .catch((error: unknown) =>
          this.logger.error(
            `Handler for ${event.type} failed: ${error instanceof Error ? error.stack : String(error)}`,
          ),
        )
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    }
  }

  /** Resolves when every handler started so far (and those they triggered) has finished. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
