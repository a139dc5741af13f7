// One MySQL/MariaDB session driven from a worker thread (mysql-pipe-worker.cjs), for the bulk
// writer. With the connection on the generator's own thread, the server waited for every next
// statement until the generator yielded to the event loop (it computes rows in long
// synchronous stretches): generator and server took turns, each ~55 % busy. Here statements
// are written out as text on the generator's thread (values escaped by mysql2, as the app's
// connection does it) and queued; the worker sends each as soon as the previous one completes.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import mysql from 'mysql2';

export type PipeConnection = {
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  charset?: string;
  /** mysql2's `timezone`: how Date values are written (the app's connection uses 'Z'). */
  timezone?: string;
};

const NONE = Symbol('none');

type Reply = { id: number; rows?: Record<string, unknown>[] | null; error?: string; code?: string };

export class MysqlPipe {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (rows: Record<string, unknown>[] | null) => void; reject: (e: Error) => void }
  >();
  private failure: Error | null = null;

  constructor(private readonly connection: PipeConnection) {
    this.worker = new Worker(path.join(__dirname, 'mysql-pipe-worker.cjs'), {
      workerData: { connection },
    });
    // The worker keeps the process alive only while statements are outstanding: a generator
    // that fails before `close` still exits.
    this.worker.unref();
    this.worker.on('message', (m: Reply & { fatal?: string }) => {
      if (m.fatal !== undefined) return this.fail(new Error(`bulk writer connection: ${m.fatal}`));
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (m.error !== undefined) w.reject(Object.assign(new Error(m.error), { code: m.code }));
      else w.resolve(m.rows ?? null);
    });
    this.worker.on('error', (e) => this.fail(e));
  }

  /**
   * `head` (`INSERT INTO t (…) VALUES `) followed by `rows` rows of `width` values from `values`
   * (flat) starting at row `from`, each value written as a literal by `literals[column]`.
   */
  insert(
    head: string,
    literals: ((value: unknown) => string)[],
    values: unknown[],
    from: number,
    rows: number,
  ): string {
    const width = literals.length;
    let sql = head;
    for (let r = 0; r < rows; r++) {
      let i = (from + r) * width;
      sql += r === 0 ? '(' : ', (';
      sql += literals[0](values[i]);
      for (let c = 1; c < width; c++) sql += ', ' + literals[c](values[++i]);
      sql += ')';
    }
    return sql;
  }

  /**
   * A column's value → SQL literal, escaped as the app's connection does it (dates in its time
   * zone). The last literal is reused when the value repeats: a table's rows share ids, keys
   * and instants (the bulk writer converts equal instants to the same Date object).
   */
  literal(): (value: unknown) => string {
    const timezone = this.connection.timezone ?? 'local';
    let last: unknown = NONE;
    let lastLiteral = '';
    return (value) => {
      if (value !== last) {
        last = value;
        lastLiteral = mysql.escape(value as mysql.SqlValue, false, timezone);
      }
      return lastLiteral;
    };
  }

  /** Queues a statement; resolves with its rows (null for statements without a result set). */
  query(sql: string): Promise<Record<string, unknown>[] | null> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql });
    });
  }

  /** Ends the session once the queued statements have run. */
  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.ref();
    this.worker.postMessage({ id: -1, sql: null });
    await exited;
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}
