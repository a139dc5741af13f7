import { GroupCommit, settledError, settledValue, type Settled } from './group-commit';

describe('GroupCommit', () => {
  it('writes calls that arrive together in one batch, and later ones in the next', async () => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        return items.map((n) => settledValue(n * 2));
      },
      { maxBatch: 100, concurrency: 1 },
    );
    const first = await Promise.all([1, 2, 3].map((n) => gc.submit(n)));
    expect(first).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);

    // While one batch is being written, new calls queue up and go together afterwards.
    const a = gc.submit(10);
    await new Promise((r) => setImmediate(r));
    const rest = [11, 12, 13].map((n) => gc.submit(n));
    expect(await Promise.all([a, ...rest])).toEqual([20, 22, 24, 26]);
    expect(batches.slice(1)).toEqual([[10], [11, 12, 13]]);
  });

  it('caps the batch size and runs up to `concurrency` batches at once', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const gc = new GroupCommit<number, number>(
      async (items) => {
        running += 1;
        most = Math.max(most, running);
        sizes.push(items.length);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return items.map((n) => settledValue(n));
      },
      { maxBatch: 4, concurrency: 2 },
    );
    const out = await Promise.all(Array.from({ length: 10 }, (_, i) => gc.submit(i)));
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sizes).toEqual([4, 4, 2]);
    expect(most).toBe(2);
  });

  it('settles each item on its own: one bad item fails alone', async () => {
    const gc = new GroupCommit<number, number>(
      async (items) =>
        items.map((n): Settled<number> =>
          n < 0 ? settledError(new Error(`bad ${n}`)) : settledValue(n),
        ),
      { maxBatch: 10, concurrency: 1 },
    );
    const results = await Promise.allSettled([1, -2, 3].map((n) => gc.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('bad -2');
  });

  it('writes each item alone when a whole batch throws, so others still succeed', async () => {
    const calls: number[][] = [];
    const gc = new GroupCommit<number, number>(
      async (items) => {
        calls.push(items);
        if (items.includes(13)) throw new Error('poison');
        return items.map((n) => settledValue(n));
      },
      { maxBatch: 10, concurrency: 1 },
    );
    const results = await Promise.allSettled([12, 13, 14].map((n) => gc.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[12, 13, 14], [12], [13], [14]]);
  });
});
