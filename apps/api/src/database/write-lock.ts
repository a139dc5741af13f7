import type { DataSource, EntityManager } from 'typeorm';

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

/** A transaction that is safe under concurrency on both dialects. */
export function transactional<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return withWriteLock(dataSource, () => dataSource.transaction(work));
}
