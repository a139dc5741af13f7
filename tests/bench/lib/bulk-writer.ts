// Bulk writes through the app's own TypeORM DataSource: multi-row INSERTs built from the
// entities' column metadata (so column names and value conversions are the app's). `add` only
// buffers (synchronously); the caller writes at batch boundaries (`if (w.full) await w.flush()`).
//
// Load mode (`begin` … `close`):
// - the secondary indexes (unique or not; never the primary key) of every table written are
//   dropped before its first rows and re-created at `close` from the definitions read back from
//   the database (sqlite_master / SHOW CREATE TABLE: the migrations stay the single source); a
//   duplicate fails the unique index, and the definitions are compared afterwards; a table
//   declared `complete` (all its rows written) gets them back at once: on MySQL/MariaDB in the
//   background, on connections of their own (two builds at a time), while the load goes on;
// - `sorted` tables (primary key not in generation order) are held in memory and written in
//   primary-key order at `close`, so their B-tree (InnoDB: the clustered index) only appends;
// - SQLite: exclusive lock, in-memory rollback journal, no fsync, small page cache, many
//   batches per transaction; WAL again at `close`. MySQL/MariaDB: one session with unique_checks
//   and foreign_key_checks off, driven from a worker thread (mysql-pipe.ts), transactions of many
//   batches, one batch queued while the caller generates the next.
import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions';
import { MysqlPipe } from './mysql-pipe';

type Table = {
  name: string;
  width: number;
  /** Positions of the primary-key columns. */
  primary: number[];
  /** Appends a row's converted values to `out` (compiled per table). */
  push: (row: ObjectLiteral, out: unknown[]) => void;
  /** Buffered rows, flat: `width` values per row. */
  values: unknown[];
  sorted: boolean;
  /** All rows written (`complete`): adding more is a bug. */
  complete: boolean;
  chunkRows: number;
  /**
   * SQLite: INSERT of `chunkRows` rows with placeholders, built once, and its prepared form
   * (MySQL sends statements as text, written by `literals`).
   */
  chunkSql: string;
  statement: SqliteStatement | null;
  insertHead: string;
  tuple: string;
  /** MySQL: per column, value → SQL literal (statements are sent as text). */
  literals: ((value: unknown) => string)[] | null;
};

type SqliteStatement = {
  run: (params: unknown[]) => unknown;
  all: (params: unknown[]) => unknown[];
};
type SqliteDb = {
  prepare: (sql: string) => SqliteStatement;
  exec: (sql: string) => void;
  pragma: (sql: string, options?: { simple: boolean }) => unknown;
};
type IndexDefinition = { name: string; sql: string };

export type BulkWriterOptions = {
  /** New rows buffered before `full` turns true. */
  batchRows?: number;
  /** Rows per transaction (a transaction spans several batches). */
  transactionRows?: number;
  /** Tables written in primary-key order at `close` instead of as they come. */
  sorted?: EntityTarget<ObjectLiteral>[];
};

/** SQLite binds at most 32,766 parameters; MySQL statements stay far below max_allowed_packet. */
const MAX_PARAMS = 30_000;
const MYSQL_MAX_ROWS = 2_000;
/** Index builds at a time (MySQL/MariaDB: each is single-threaded; the machine has two cores). */
const MYSQL_INDEX_BUILDS = 2;
/** SQLite: threads of CREATE INDEX's sorter besides the calling one. */
const INDEX_SORT_THREADS = 1;

export class BulkWriter {
  private readonly tables = new Map<unknown, Table>();
  private readonly sortedEntities: Set<unknown>;
  private readonly batchRows: number;
  private readonly transactionRows: number;
  /** Unwritten rows of the unsorted tables, and how many of them were left over by `flush`. */
  private pending = 0;
  private carried = 0;
  private loading = false;
  /** Secondary indexes dropped for the load, per table, in creation order. */
  private readonly deferred = new Map<string, IndexDefinition[]>();
  /** MySQL: index builds of complete tables, queued or running, and how many run. */
  private readonly builds: Promise<void>[] = [];
  private readonly buildQueue: (() => void)[] = [];
  private buildsRunning = 0;
  /** MySQL: the loading session. */
  private pipe: MysqlPipe | null = null;
  private inflight: Promise<unknown> | null = null;
  private inTransaction = false;
  private rowsInTransaction = 0;
  /** Last conversion per column type: the rows of one event share their instant. */
  private readonly lastConverted = new Map<string, { key: unknown; value: unknown }>();
  /** Rows written per table. */
  readonly written = new Map<string, number>();
  /** Wall-clock milliseconds spent in `close`, by step. */
  readonly closeTimings: Record<string, number> = {};

  constructor(
    private readonly dataSource: DataSource,
    options: BulkWriterOptions = {},
  ) {
    const sqlite = this.dialect === 'sqlite';
    // Small batches: buffered rows then rarely outlive a young-generation GC.
    this.batchRows = options.batchRows ?? (sqlite ? 5_000 : 10_000);
    this.transactionRows = options.transactionRows ?? (sqlite ? 500_000 : 100_000);
    this.sortedEntities = new Set(options.sorted ?? []);
  }

  private get dialect(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  private get sqliteDb(): SqliteDb {
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteDb })
      .databaseConnection;
  }

  /** True once a batch of new rows is buffered: time to `flush`. */
  get full(): boolean {
    return this.pending - this.carried >= this.batchRows;
  }

  /** Enters load mode (see the file comment); without it rows are written with indexes on. */
  async begin(): Promise<void> {
    if (this.dialect === 'sqlite') {
      const db = this.sqliteDb;
      // Generation only: a crash leaves a half-written benchmark database to regenerate anyway.
      db.pragma('synchronous = OFF');
      // WAL writes every page twice. WAL only switches to DELETE; better-sqlite3's defensive
      // mode refuses OFF, and MEMORY journals little anyway: appended pages need no undo.
      db.pragma('journal_mode = DELETE');
      const mode = db.pragma('journal_mode = MEMORY', { simple: true });
      if (mode !== 'memory') throw new Error(`bulk writer: journal_mode stayed ${String(mode)}`);
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('temp_store = MEMORY');
      // A small page cache: every table is appended to, and big caches slow appends and sorts.
      db.pragma('cache_size = -8000');
    } else {
      await this.session().query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    }
    this.loading = true;
  }

  /** Queues one row (an object shaped like the entity). */
  add<T extends ObjectLiteral>(entity: EntityTarget<T>, row: T): void {
    const table = this.tables.get(entity) ?? this.table(entity);
    if (table.complete) throw new Error(`bulk writer: ${table.name} was declared complete`);
    table.push(row, table.values);
    if (!table.sorted) this.pending += 1;
  }

  /** Writes the buffered rows of the unsorted tables in whole statements; the rest waits. */
  async flush(): Promise<void> {
    await this.write(false);
  }

  /**
   * Writes the sorted tables' rows now, in primary-key order (call once they are complete: it
   * frees their memory early); rows added later are written at `close`.
   */
  async writeSorted(): Promise<void> {
    const started = Date.now();
    for (const t of this.tables.values()) {
      if (!t.sorted || t.values.length === 0) continue;
      const values = inPrimaryKeyOrder(t);
      t.values = [];
      const step = t.chunkRows * t.width * 10;
      for (let i = 0; i < values.length; i += step) {
        await this.send([[t, values.slice(i, i + step)]]);
      }
    }
    this.closeTimings['sorted tables'] =
      (this.closeTimings['sorted tables'] ?? 0) + Date.now() - started;
  }

  /**
   * Declares tables complete (no more rows will come): their buffered rows are written and
   * committed, and on MySQL/MariaDB their secondary indexes are re-created in the background
   * while the load goes on (awaited by `close`). SQLite re-creates them at `close`: one
   * connection, nothing to overlap with. Sorted tables must be written (`writeSorted`) first.
   */
  async complete(...entities: EntityTarget<ObjectLiteral>[]): Promise<void> {
    const tables = entities.flatMap((e) => this.tables.get(e) ?? []);
    for (const t of tables) {
      if (t.sorted && t.values.length > 0) {
        throw new Error(
          `bulk writer: ${t.name} is sorted: writeSorted before declaring it complete`,
        );
      }
    }
    await this.write(true, new Set(tables));
    for (const t of tables) t.complete = true;
    if (this.dialect === 'sqlite') return;
    await this.inflight;
    await this.commit();
    for (const t of tables) this.rebuildInBackground(t.name);
  }

  /** Writes everything (sorted tables in primary-key order), re-creates the indexes, leaves load mode. */
  async close(): Promise<void> {
    await this.write(true);
    await this.writeSorted();
    let started = Date.now();
    const lap = (step: string) => {
      this.closeTimings[step] = (this.closeTimings[step] ?? 0) + Date.now() - started;
      started = Date.now();
    };
    await this.inflight;
    this.inflight = null;
    await this.commit();
    lap('sorted tables');
    if (this.dialect === 'sqlite') {
      const db = this.sqliteDb;
      // CREATE INDEX sorts with helper threads when allowed (off by default).
      db.pragma(`threads = ${INDEX_SORT_THREADS}`);
      for (const defs of this.deferred.values()) for (const d of defs) db.exec(d.sql);
      db.pragma('threads = 0');
      lap('indexes');
      if (this.loading) {
        // Back to what the app expects: WAL (recorded in the file) and normal locking.
        db.pragma('locking_mode = NORMAL');
        db.prepare('SELECT count(*) FROM sqlite_master').all([]);
        const mode = db.pragma('journal_mode = WAL', { simple: true });
        if (mode !== 'wal') throw new Error(`bulk writer: journal_mode stayed ${String(mode)}`);
        db.pragma('synchronous = NORMAL');
      }
      for (const [table, defs] of this.deferred) await this.checkIndexes(table, defs);
    } else {
      for (const table of [...this.deferred.keys()]) this.rebuildInBackground(table);
      const results = await Promise.allSettled(this.builds);
      // The loading session ends either way (its connection would stay open).
      await this.pipe?.close();
      this.pipe = null;
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      lap('indexes');
    }
    this.deferred.clear();
    this.loading = false;
  }

  private table(entity: EntityTarget<ObjectLiteral>): Table {
    const meta = this.dataSource.getMetadata(entity);
    const columns = meta.columns;
    const q = this.dialect === 'sqlite' ? '"' : '`';
    const cols = columns.map((c) => `${q}${c.databaseName}${q}`).join(', ');
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const chunkRows = Math.max(
      1,
      Math.min(
        Math.floor(MAX_PARAMS / columns.length),
        this.dialect === 'sqlite' ? Infinity : MYSQL_MAX_ROWS,
      ),
    );
    const insertHead = `INSERT INTO ${q}${meta.tableName}${q} (${cols}) VALUES `;
    const table: Table = {
      name: meta.tableName,
      width: columns.length,
      primary: meta.primaryColumns.map((p) => columns.indexOf(p)),
      push: this.compilePush(columns),
      values: [],
      sorted: this.sortedEntities.has(entity),
      complete: false,
      chunkRows,
      chunkSql:
        this.dialect === 'sqlite' ? insertHead + Array(chunkRows).fill(tuple).join(', ') : '',
      statement: null,
      insertHead,
      tuple,
      literals: null,
    };
    this.tables.set(entity, table);
    return table;
  }

  /**
   * `(row, out) => out.push(…)` for the table's columns. Only dates and booleans need the
   * driver's conversion (cached per column type); everything else binds as is, undefined as null.
   */
  private compilePush(columns: ColumnMetadata[]): Table['push'] {
    const driver = this.dataSource.driver;
    const converters = columns.map((c) => {
      const type = String(c.type);
      if (!['datetime', 'date', 'boolean'].includes(type)) return null;
      return (v: unknown) => {
        if (v === null || v === undefined) return null;
        const key = v instanceof Date ? v.getTime() : v;
        let last = this.lastConverted.get(type);
        if (!last) this.lastConverted.set(type, (last = { key: undefined, value: null }));
        if (last.key !== key) {
          last.key = key;
          last.value = driver.preparePersistentValue(v, c);
        }
        return last.value;
      };
    });
    const args = columns.map((c, i) => {
      const get = `row[${JSON.stringify(c.propertyName)}]`;
      return converters[i] ? `convert[${i}](${get})` : `${get} ?? null`;
    });
    return new Function('convert', `return (row, out) => { out.push(${args.join(', ')}); };`)(
      converters,
    ) as Table['push'];
  }

  /** MySQL: the loading session (opened on first use), with the app's connection settings. */
  private session(): MysqlPipe {
    if (!this.pipe) {
      const o = this.dataSource.options as MysqlDataSourceOptions;
      this.pipe = new MysqlPipe({
        host: o.host,
        port: o.port,
        user: o.username,
        password: o.password,
        database: o.database,
        charset: o.charset,
        timezone: o.timezone,
      });
    }
    return this.pipe;
  }

  /**
   * MySQL: re-creates a table's dropped indexes on a connection of its own (one ALTER TABLE),
   * at most MYSQL_INDEX_BUILDS at a time; a failure surfaces at `close`.
   */
  private rebuildInBackground(table: string): void {
    const defs = this.deferred.get(table);
    this.deferred.delete(table);
    if (!defs || defs.length === 0) return;
    const build = (async () => {
      await this.buildSlot();
      const started = Date.now();
      const runner = this.dataSource.createQueryRunner();
      try {
        await runner.connect();
        // As in the loading session (an index may serve a foreign key that was left unchecked).
        await runner.query('SET SESSION foreign_key_checks = 0');
        await runner.query(
          `ALTER TABLE \`${table}\` ${defs.map((d) => `ADD ${d.sql}`).join(', ')}`,
        );
        await this.checkIndexes(table, defs, runner);
      } finally {
        await runner.release();
        this.closeTimings[`indexes of ${table}`] = Date.now() - started;
        this.releaseBuildSlot();
      }
    })();
    build.catch(() => undefined); // awaited (and thrown) by close
    this.builds.push(build);
  }

  private async buildSlot(): Promise<void> {
    if (this.buildsRunning < MYSQL_INDEX_BUILDS) this.buildsRunning += 1;
    else await new Promise<void>((resolve) => this.buildQueue.push(resolve));
  }

  /** Hands the slot to the next queued build, if any. */
  private releaseBuildSlot(): void {
    const next = this.buildQueue.shift();
    if (next) next();
    else this.buildsRunning -= 1;
  }

  /** Fails unless the table's secondary indexes are the ones dropped for the load. */
  private async checkIndexes(
    table: string,
    defs: IndexDefinition[],
    session?: QueryRunner,
  ): Promise<void> {
    const now = await this.secondaryIndexes(table, session);
    if (JSON.stringify(now) !== JSON.stringify(defs)) {
      throw new Error(
        `bulk writer: the indexes of ${table} differ after the load: ${JSON.stringify({ before: defs, after: now })}`,
      );
    }
  }

  /** Secondary indexes (not the primary key) of a table, in creation order. */
  private async secondaryIndexes(
    table: string,
    session?: Pick<QueryRunner, 'query'>,
  ): Promise<IndexDefinition[]> {
    if (this.dialect === 'sqlite') {
      return this.sqliteDb
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
        )
        .all([table]) as IndexDefinition[];
    }
    const [row] = (await (session ?? this.session()).query(
      `SHOW CREATE TABLE \`${table}\``,
    )) as Record<string, unknown>[];
    const out: IndexDefinition[] = [];
    for (const line of String(row['Create Table']).split('\n')) {
      const m = /^\s*((?:UNIQUE |FULLTEXT |SPATIAL )?KEY `([^`]+)` .*?),?$/.exec(line);
      if (m) out.push({ name: m[2], sql: m[1] });
    }
    return out;
  }

  /** Drops the secondary indexes of tables written for the first time (load mode only). */
  private async deferIndexes(tables: Table[]): Promise<void> {
    for (const t of tables) {
      if (!this.loading || this.deferred.has(t.name)) continue;
      if (this.dialect === 'mysql') {
        // DDL commits implicitly: let the batch in flight finish and end its transaction.
        await this.inflight;
        await this.commit();
      }
      const defs = await this.secondaryIndexes(t.name);
      this.deferred.set(t.name, defs);
      if (defs.length === 0) continue;
      if (this.dialect === 'sqlite') {
        for (const d of defs) this.sqliteDb.exec(`DROP INDEX "${d.name}"`);
      } else {
        await this.session().query(
          `ALTER TABLE \`${t.name}\` ${defs.map((d) => `DROP INDEX \`${d.name}\``).join(', ')}`,
        );
      }
    }
  }

  /**
   * Sends the buffered rows of the unsorted tables (of `only`, if given): whole chunks only
   * unless `all`.
   */
  private async write(all: boolean, only?: Set<Table>): Promise<void> {
    const work: [Table, unknown[]][] = [];
    let left = 0;
    for (const t of this.tables.values()) {
      if (t.sorted || t.values.length === 0) continue;
      const rows = t.values.length / t.width;
      const keep = only && !only.has(t) ? rows : all ? 0 : rows % t.chunkRows;
      if (keep === rows) {
        left += rows;
        continue;
      }
      const values = t.values;
      t.values = values.slice((rows - keep) * t.width);
      if (keep > 0) values.length = (rows - keep) * t.width;
      work.push([t, values]);
      left += keep;
    }
    this.pending = left;
    this.carried = left;
    await this.send(work);
  }

  private async send(work: [Table, unknown[]][]): Promise<void> {
    if (work.length === 0) return;
    await this.deferIndexes(work.map(([t]) => t));
    let rows = 0;
    for (const [t, values] of work) {
      const n = values.length / t.width;
      this.written.set(t.name, (this.written.get(t.name) ?? 0) + n);
      rows += n;
    }
    if (this.dialect === 'sqlite') {
      const db = this.sqliteDb;
      if (!this.inTransaction) db.exec('BEGIN');
      this.inTransaction = true;
      for (const [t, values] of work) {
        this.eachChunk(t, values, (sql, params) => {
          if (sql !== t.chunkSql) db.prepare(sql).run(params);
          else (t.statement ??= db.prepare(sql)).run(params);
        });
      }
      this.rowsInTransaction += rows;
      if (this.rowsInTransaction >= this.transactionRows) await this.commit();
      return;
    }
    // MySQL: the statements are written out now and queued on the loading session; the caller
    // goes on once the previous batch is done (one batch queued while it generates the next).
    const pipe = this.session();
    const done: Promise<unknown>[] = [];
    if (!this.inTransaction) done.push(pipe.query('START TRANSACTION'));
    this.inTransaction = true;
    for (const [t, values] of work) {
      const literals = (t.literals ??= Array.from({ length: t.width }, () => pipe.literal()));
      const n = values.length / t.width;
      for (let i = 0; i < n; i += t.chunkRows) {
        const sql = pipe.insert(t.insertHead, literals, values, i, Math.min(t.chunkRows, n - i));
        done.push(pipe.query(sql));
      }
    }
    this.rowsInTransaction += rows;
    if (this.rowsInTransaction >= this.transactionRows) done.push(this.commit());
    const previous = this.inflight;
    const sent = Promise.all(done);
    sent.catch(() => undefined); // awaited (and thrown) by the next send or close
    this.inflight = sent;
    await previous;
  }

  /** Ends the transaction (MySQL: queued after the statements already sent). */
  private async commit(): Promise<void> {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    this.rowsInTransaction = 0;
    if (this.dialect === 'sqlite') this.sqliteDb.exec('COMMIT');
    else await this.session().query('COMMIT');
  }

  private eachChunk(
    t: Table,
    values: unknown[],
    run: (sql: string, params: unknown[]) => void,
  ): void {
    const rows = values.length / t.width;
    for (let i = 0; i < rows; i += t.chunkRows) {
      const n = Math.min(t.chunkRows, rows - i);
      const sql = n === t.chunkRows ? t.chunkSql : t.insertHead + Array(n).fill(t.tuple).join(', ');
      run(sql, n === rows ? values : values.slice(i * t.width, (i + n) * t.width));
    }
  }
}

/**
 * The table's buffered rows, flat, in primary-key order: each key column's values are ranked
 * (few distinct values: members, days, periods …), then a radix sort by those ranks.
 */
function inPrimaryKeyOrder(t: Table): unknown[] {
  const { width, values } = t;
  const n = values.length / width;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  for (let k = t.primary.length - 1; k >= 0; k--) {
    const column = t.primary[k];
    const distinct = new Map<unknown, number>();
    for (let i = 0; i < n; i++) distinct.set(values[i * width + column], 0);
    const sorted = [...distinct.keys()].sort((a, b) =>
      (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0,
    );
    sorted.forEach((v, r) => distinct.set(v, r));
    const rank = new Uint32Array(n);
    for (let i = 0; i < n; i++) rank[i] = distinct.get(values[i * width + column])!;
    // Stable counting sort of `order` by this column's rank.
    const start = new Uint32Array(sorted.length + 1);
    for (let i = 0; i < n; i++) start[rank[i] + 1] += 1;
    for (let r = 1; r <= sorted.length; r++) start[r] += start[r - 1];
    for (let i = 0; i < n; i++) {
      const row = order[i];
      spare[start[rank[row]]++] = row;
    }
    [order, spare] = [spare, order];
  }
  const out: unknown[] = new Array(values.length);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const base = order[i] * width;
    for (let c = 0; c < width; c++) out[o++] = values[base + c];
  }
  return out;
}
