import type { DataSource, EntityManager } from 'typeorm';
import { isRetryableLockError } from './dialect-sql';

/** Runs async work one at a time, in call order. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const queues = new WeakMap<DataSource, SerialQueue>();

/**
 * TypeORM's better-sqlite3 driver shares ONE query runner across the process, so two
 * concurrent transactions would nest as savepoints: one request's rollback could undo
 * another's committed work, and a plain write could join someone else's transaction.
 * On SQLite every write therefore runs through one queue (SQLite has one writer anyway).
 * MySQL/MariaDB uses a connection pool with real isolation and needs no queue.
 */
export function withWriteLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return work();
  let queue = queues.get(dataSource);
  if (!queue) {
    queue = new SerialQueue();
    queues.set(dataSource, queue);
  }
  return queue.run(work);
}

const MAX_ATTEMPTS = 5;

/**
 * A transaction that is safe under concurrency on both dialects. On MySQL it runs at READ
 * COMMITTED (no gap locks on hot counters) and is retried when InnoDB picks it as a deadlock
 * victim, so `work` must only touch the database (it may run more than once).
 */
export async function transactional<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') {
    return withWriteLock(dataSource, () => dataSource.transaction(work));
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction('READ COMMITTED', work);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableLockError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
