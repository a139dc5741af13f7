// Bulk writes through the app's own TypeORM DataSource: multi-row INSERTs built from the
// entities' column metadata (so column names and value conversions are the app's), buffered
// and flushed in batches, one transaction per batch. SQLite: prepared statements on the
// better-sqlite3 connection (cached per row count); MySQL/MariaDB: multi-row INSERT on one
// pooled connection.
import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

type Table = {
  name: string;
  columns: ColumnMetadata[];
  convert: ((value: unknown) => unknown)[];
  rows: unknown[][];
};

type SqliteStatement = { run: (...params: unknown[]) => unknown };
type SqliteDb = {
  prepare: (sql: string) => SqliteStatement;
  transaction: (fn: () => void) => () => void;
  pragma: (sql: string) => unknown;
};

const MAX_PARAMS = 30_000;

export class BulkWriter {
  private readonly tables = new Map<unknown, Table>();
  private readonly statements = new Map<string, SqliteStatement>();
  private pending = 0;
  private runner: QueryRunner | null = null;
  /** Rows written per table. */
  readonly written = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly batchRows = 5_000,
  ) {}

  private get dialect(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  private table(entity: EntityTarget<ObjectLiteral>): Table {
    let table = this.tables.get(entity);
    if (!table) {
      const meta = this.dataSource.getMetadata(entity);
      const driver = this.dataSource.driver;
      const columns = meta.columns;
      table = {
        name: meta.tableName,
        columns,
        // Only dates and booleans need the driver's conversion; everything else binds as is.
        convert: columns.map((c) =>
          ['datetime', 'date', 'boolean'].includes(String(c.type))
            ? (v: unknown) =>
                v === null || v === undefined ? null : driver.preparePersistentValue(v, c)
            : (v: unknown) => (v === undefined ? null : v),
        ),
        rows: [],
      };
      this.tables.set(entity, table);
    }
    return table;
  }

  /** Queues one row (an object shaped like the entity); flushes when the batch is full. */
  async add<T extends ObjectLiteral>(entity: EntityTarget<T>, row: T): Promise<void> {
    const table = this.table(entity);
    table.rows.push(table.columns.map((c, i) => table.convert[i](row[c.propertyName])));
    this.pending += 1;
    if (this.pending >= this.batchRows) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const work = [...this.tables.values()].filter((t) => t.rows.length > 0);
    if (this.dialect === 'sqlite') {
      const db = (this.dataSource.driver as unknown as { databaseConnection: SqliteDb })
        .databaseConnection;
      db.transaction(() => {
        for (const t of work)
          this.eachChunk(t, (sql, params) => this.sqlite(db, sql).run(...params));
      })();
    } else {
      if (!this.runner) {
        this.runner = this.dataSource.createQueryRunner();
        await this.runner.connect();
      }
      const runner = this.runner;
      await runner.startTransaction();
      try {
        const chunks: [string, unknown[]][] = [];
        for (const t of work) this.eachChunk(t, (sql, params) => chunks.push([sql, params]));
        for (const [sql, params] of chunks) await runner.query(sql, params);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    }
    for (const t of work) {
      this.written.set(t.name, (this.written.get(t.name) ?? 0) + t.rows.length);
      t.rows = [];
    }
    this.pending = 0;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.runner?.release();
    this.runner = null;
  }

  private sqlite(db: SqliteDb, sql: string): SqliteStatement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      // Full chunks repeat; odd-sized tails would grow the cache without bound.
      if (this.statements.size > 256) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private eachChunk(t: Table, run: (sql: string, params: unknown[]) => void): void {
    const q = this.dialect === 'sqlite' ? '"' : '`';
    const cols = t.columns.map((c) => `${q}${c.databaseName}${q}`).join(', ');
    const tuple = `(${t.columns.map(() => '?').join(', ')})`;
    const perChunk = Math.max(1, Math.floor(MAX_PARAMS / t.columns.length));
    for (let i = 0; i < t.rows.length; i += perChunk) {
      const chunk = t.rows.slice(i, i + perChunk);
      const sql = `INSERT INTO ${q}${t.name}${q} (${cols}) VALUES ${Array(chunk.length).fill(tuple).join(', ')}`;
      run(sql, chunk.flat());
    }
  }
}
