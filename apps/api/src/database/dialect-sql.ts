import type { EntityManager } from 'typeorm';

/**
 * The few statements whose SQL differs between MySQL/MariaDB and SQLite, in one place, with
 * an explicit branch per dialect. Anything else is a bug and throws.
 */
export type Dialect = 'mysql' | 'sqlite';

/**
 * better-sqlite3 binds no Date and no boolean: store TypeORM's forms (UTC text
 * 'YYYY-MM-DD HH:MM:SS.SSS', 1/0), so rows read back through entities the same either way.
 */
function bindable(dialect: Dialect, values: readonly unknown[]): unknown[] {
  if (dialect === 'mysql') return [...values];
  return values.map((v) =>
    v instanceof Date
      ? v.toISOString().replace('T', ' ').replace('Z', '')
      : typeof v === 'boolean'
        ? Number(v)
        : v,
  );
}

/** `(?, ?, …), (?, ?, …)`: one group of placeholders per row. */
const valuesPlaceholders = (columns: readonly unknown[], rows: readonly unknown[]): string =>
  rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');

/** Bound parameters per IN list (well under every driver's limit). */
const IN_LIST_MAX = 500;

/**
 * Which of `keys` are stored in `table`'s `keyColumn` among the rows matching `where` (column →
 * value), read in IN lists of IN_LIST_MAX: the first half of claiming keys (read, then insert
 * the rest with insertIgnoringDuplicates).
 */
export async function storedKeys(
  manager: EntityManager,
  table: string,
  where: Record<string, unknown>,
  keyColumn: string,
  keys: readonly string[],
): Promise<Set<string>> {
  const q = (name: string) => quoteIdentifier(manager, name);
  const conditions = Object.keys(where).map((c) => `${q(c)} = ?`);
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += IN_LIST_MAX) {
    const chunk = keys.slice(i, i + IN_LIST_MAX);
    const rows: Record<string, string>[] = await manager.query(
      `SELECT ${q(keyColumn)} AS k FROM ${q(table)} WHERE ${[...conditions, `${q(keyColumn)} IN (${chunk.map(() => '?').join(', ')})`].join(' AND ')}`,
      bindable(dialectOf(manager), [...Object.values(where), ...chunk]),
    );
    for (const row of rows) found.add(row.k);
  }
  return found;
}

export function dialectOf(manager: EntityManager): Dialect {
  const type = manager.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') return 'mysql';
  if (type === 'better-sqlite3') return 'sqlite';
  throw new Error(`Unsupported database type: ${type}`);
}

/** A table or column name quoted for the manager's dialect. */
export function quoteIdentifier(manager: EntityManager, name: string): string {
  return dialectOf(manager) === 'mysql' ? `\`${name}\`` : `"${name}"`;
}

/**
 * INSERT rows, or add `increments` to the existing row with the same primary key.
 * `columns` lists every inserted column; `increments` the numeric ones to add.
 */
export async function upsertIncrement(
  manager: EntityManager,
  table: string,
  keyColumns: readonly string[],
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  increments: readonly string[],
  overwrite: readonly string[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const dialect = dialectOf(manager);
  const placeholders = valuesPlaceholders(columns, rows);
  const values = bindable(dialect, rows.flat());
  switch (dialect) {
    case 'mysql': {
      const q = (c: string) => `\`${c}\``;
      const updates = [
        ...increments.map((c) => `${q(c)} = ${q(c)} + VALUES(${q(c)})`),
        ...overwrite.map((c) => `${q(c)} = VALUES(${q(c)})`),
      ].join(', ');
      await manager.query(
        `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders} ON DUPLICATE KEY UPDATE ${updates}`,
        values,
      );
      return;
    }
    case 'sqlite': {
      const q = (c: string) => `"${c}"`;
      const updates = [
        ...increments.map((c) => `${q(c)} = ${q(c)} + excluded.${q(c)}`),
        ...overwrite.map((c) => `${q(c)} = excluded.${q(c)}`),
      ].join(', ');
      await manager.query(
        `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders} ON CONFLICT (${keyColumns.map(q).join(', ')}) DO UPDATE SET ${updates}`,
        values,
      );
      return;
    }
    default: {
      const exhaustive: never = dialect;
      throw new Error(`Unsupported dialect ${String(exhaustive)}`);
    }
  }
}

/**
 * A plain multi-row INSERT (a duplicate key fails the statement). For the hottest writes, where
 * the caller already holds every column value: no entity mapping or query building per row.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const q = (name: string) => quoteIdentifier(manager, name);
  const placeholders = valuesPlaceholders(columns, rows);
  await manager.query(
    `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders}`,
    bindable(dialectOf(manager), rows.flat()),
  );
}

/** INSERT a row unless one with the same key exists; true when this call inserted it. */
export async function insertIfAbsent(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  row: readonly unknown[],
): Promise<boolean> {
  return (await insertIgnoringDuplicates(manager, table, columns, [row])) === 1;
}

/** INSERT rows, skipping those whose key exists; returns how many this call inserted. */
export async function insertIgnoringDuplicates(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const dialect = dialectOf(manager);
  const placeholders = valuesPlaceholders(columns, rows);
  const values = bindable(dialect, rows.flat());
  switch (dialect) {
    case 'mysql': {
      const result: { affectedRows: number } = await manager.query(
        `INSERT IGNORE INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${placeholders}`,
        values,
      );
      return result.affectedRows;
    }
    case 'sqlite': {
      const before: { n: number }[] = await manager.query('SELECT total_changes() AS n');
      await manager.query(
        `INSERT OR IGNORE INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${placeholders}`,
        values,
      );
      const after: { n: number }[] = await manager.query('SELECT total_changes() AS n');
      return Number(after[0].n) - Number(before[0].n);
    }
    default: {
      const exhaustive: never = dialect;
      throw new Error(`Unsupported dialect ${String(exhaustive)}`);
    }
  }
}

/**
 * Creates the counter row if missing and reads it while holding its write lock until the
 * transaction ends. MySQL: an upsert takes the exclusive lock at once (INSERT IGNORE followed
 * by FOR UPDATE would upgrade a shared lock and deadlock under contention). SQLite already
 * serializes writers (see write-lock.ts).
 */
export async function lockCounter(
  manager: EntityManager,
  table: string,
  key: Record<string, unknown>,
  column: string,
): Promise<number> {
  const [value] = await lockCounters(manager, table, [key], column);
  return value;
}

/**
 * `lockCounter` for several rows of one table; returns the values in the order of `keys` (all
 * keys have the same columns). MySQL: one locking read when the rows exist (the usual case: a
 * counter is created once and then locked by every later event); missing rows are created by
 * an upsert, which takes their exclusive lock at once, and read back. SQLite: create, then
 * read. Rows are locked in key order, so concurrent callers lock the rows they share in the
 * same order.
 */
export async function lockCounters(
  manager: EntityManager,
  table: string,
  keys: readonly Record<string, unknown>[],
  column: string,
): Promise<number[]> {
  if (keys.length === 0) return [];
  const dialect = dialectOf(manager);
  const cols = Object.keys(keys[0]);
  const distinct = [...new Map(keys.map((k) => [textKey(cols, k), k])).values()].sort((a, b) =>
    textKey(cols, a) < textKey(cols, b) ? -1 : 1,
  );
  const q = dialect === 'mysql' ? (c: string) => `\`${c}\`` : (c: string) => `"${c}"`;
  const values = (rows: readonly Record<string, unknown>[]) =>
    bindable(
      dialect,
      rows.flatMap((k) => cols.map((c) => k[c])),
    );
  const read = async (
    rows: readonly Record<string, unknown>[],
  ): Promise<Record<string, unknown>[]> =>
    manager.query(
      `SELECT ${[...cols, column].map(q).join(', ')} FROM ${q(table)} WHERE ${rows
        .map(() => `(${cols.map((c) => `${q(c)} = ?`).join(' AND ')})`)
        .join(' OR ')}${dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
      values(rows),
    );
  const found = new Map<string, number>();
  const collect = (rows: Record<string, unknown>[]) => {
    // Key columns are text or numbers: compare them as text.
    for (const r of rows) found.set(textKey(cols, r), Number(r[column] ?? 0));
  };
  if (dialect === 'mysql') collect(await read(distinct));
  const missing = distinct.filter((k) => !found.has(textKey(cols, k)));
  if (missing.length > 0) {
    const head = `INSERT ${dialect === 'mysql' ? '' : 'OR IGNORE '}INTO ${q(table)} (${[...cols, column].map(q).join(', ')}) VALUES ${missing.map(() => `(${cols.map(() => '?').join(', ')}, 0)`).join(', ')}`;
    await manager.query(
      dialect === 'mysql' ? `${head} ON DUPLICATE KEY UPDATE ${q(column)} = ${q(column)}` : head,
      values(missing),
    );
    collect(await read(missing));
  }
  return keys.map((k) => found.get(textKey(cols, k)) ?? 0);
}

const textKey = (cols: readonly string[], row: Record<string, unknown>): string =>
  cols.map((c) => String(row[c])).join('\u0000');

/**
 * A batch lost a race it cannot resolve inside its transaction (another transaction claimed
 * one of its keys meanwhile): roll back and run the whole transaction again.
 */
export class RetryableConflictError extends Error {
  constructor(what: string) {
    super(`Concurrent write on ${what}: retry the transaction`);
  }
}

/** MySQL deadlock / lock-wait errors: the transaction may simply be retried. */
export function isRetryableLockError(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ??
    (error as { code?: string })?.code;
  return (
    error instanceof RetryableConflictError ||
    code === 'ER_LOCK_DEADLOCK' ||
    code === 'ER_LOCK_WAIT_TIMEOUT'
  );
}
