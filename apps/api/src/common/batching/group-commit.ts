/** One item's outcome in a batch: its value or its own error. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export const settledValue = <T>(value: T): Settled<T> => ({ ok: true, value });
export const settledError = <T>(error: unknown): Settled<T> => ({ ok: false, error });

export type GroupCommitOptions = {
  /** Most items per batch. */
  maxBatch: number;
  /** Batches written at the same time (1 on SQLite: it has one writer). */
  concurrency: number;
};

/**
 * Group commit: concurrent calls are queued and written together, one transaction per batch
 * instead of one per call. A batch starts as soon as a writer is free, so a lone call waits for
 * nothing but the current batch, and under load each transaction carries everything that
 * arrived meanwhile. `write` settles every item of a batch on its own (one item's bad input
 * does not fail the others); if it throws as a whole, each item is written again alone, so
 * callers see exactly what an unbatched call would have answered.
 */
export class GroupCommit<I, O> {
  private readonly queue: { item: I; resolve: (value: O) => void; reject: (e: unknown) => void }[] =
    [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly write: (items: I[]) => Promise<Settled<O>[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      // Start on the next turn of the event loop: calls arriving in this one join the batch.
      if (!this.scheduled && this.running < this.options.concurrency) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Items waiting for a writer. */
  get pending(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: GroupCommit<I, O>['queue']): Promise<void> {
    let settled: Settled<O>[];
    try {
      settled = await this.write(batch.map((b) => b.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      settled = [];
      for (const b of batch) {
        try {
          settled.push(...(await this.write([b.item])));
        } catch (alone) {
          settled.push(settledError(alone));
        }
      }
    }
    batch.forEach((b, i) => {
      const outcome = settled[i];
      if (outcome?.ok) b.resolve(outcome.value);
      else b.reject(outcome ? outcome.error : new Error('Batch write returned no outcome'));
    });
  }
}
