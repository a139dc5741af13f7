import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../common/config/app-config';
import { ENTITIES } from './entities';

/** utf8mb4 with binary collation: emoji and rare kanji (𠮷, 髙) round-trip and stay distinct. */
export const MYSQL_CHARSET = 'utf8mb4';
export const MYSQL_COLLATION = 'utf8mb4_bin';

export function migrationsGlob(dialect: DatabaseConfig['type']): string {
  // Compiled (.js) and source (.ts, under Jest) migrations; never declaration files.
  return path.join(__dirname, 'migrations', dialect, '*.{js,ts}');
}

export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: [migrationsGlob(db.type)],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
  };
  switch (db.type) {
    case 'sqlite':
      return {
        ...common,
        type: 'better-sqlite3',
        database: db.path,
        // WAL lets readers run while one writer commits; a busy writer waits instead of failing.
        prepareDatabase: (conn: { pragma: (sql: string) => unknown }) => {
          conn.pragma('journal_mode = WAL');
          conn.pragma('busy_timeout = 5000');
          conn.pragma('foreign_keys = ON');
          conn.pragma('synchronous = NORMAL');
          // Reads at GB sizes: a 64 MiB page cache (default 2 MB) and up to 256 MiB memory-mapped
          // (pages served from the OS cache without a copy); both are upper bounds, not reserved.
          conn.pragma('cache_size = -65536');
          conn.pragma('mmap_size = 268435456');
        },
      };
    case 'mysql':
      return {
        ...common,
        // TypeORM reads MariaDB's catalog differently (defaults, nullability): tell it which.
        type: db.flavor === 'mariadb' ? 'mariadb' : 'mysql',
        host: db.host,
        port: db.port,
        username: db.username,
        password: db.password,
        database: db.database,
        charset: 'UTF8MB4_BIN',
        timezone: 'Z',
        connectTimeout: 5000,
        // trace: false — mysql2 otherwise captures a stack trace for every query (Error.captureStackTrace:
        // ~5 % of the API's CPU under view ingest, measured); TypeORM's QueryFailedError has its own.
        extra: { connectionLimit: 10, trace: false },
      };
    default: {
      const exhaustive: never = db;
      throw new Error(`Unsupported database type ${JSON.stringify(exhaustive)}`);
    }
  }
}
