import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { ConfigError, type DatabaseConfig } from '../common/config/app-config';
import { buildDataSourceOptions, MYSQL_CHARSET, MYSQL_COLLATION } from './data-source-options';

/**
 * Opens the database, making sure it can hold Japanese text, and applies pending migrations.
 * Connection problems become one clear ConfigError instead of a driver stack trace.
 */
export async function openDatabase(db: DatabaseConfig): Promise<DataSource> {
  if (db.type === 'sqlite') {
    fs.mkdirSync(path.dirname(db.path), { recursive: true });
  } else {
    db = { ...db, flavor: await ensureMysqlDatabase(db) };
  }
  const dataSource = new DataSource(buildDataSourceOptions(db));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new ConfigError(
      `Cannot open the database (${describe(db)}): ${(error as Error).message}`,
    );
  }
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

async function ensureMysqlDatabase(
  db: Extract<DatabaseConfig, { type: 'mysql' }>,
): Promise<'mysql' | 'mariadb'> {
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({
      host: db.host,
      port: db.port,
      user: db.username,
      password: db.password,
      connectTimeout: 5000,
    });
  } catch (error) {
    throw new ConfigError(
      `Cannot reach the MySQL/MariaDB server at ${db.host}:${db.port} as ${db.username}: ${(error as Error).message}`,
    );
  }
  try {
    const name = db.database.replace(/`/g, '``');
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET ${MYSQL_CHARSET} COLLATE ${MYSQL_COLLATION}`,
    );
    const [rows] = await connection.query(
      'SELECT DEFAULT_CHARACTER_SET_NAME AS cs, DEFAULT_COLLATION_NAME AS co FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [db.database],
    );
    const info = (rows as { cs: string; co: string }[])[0];
    if (info && (info.cs !== MYSQL_CHARSET || info.co !== MYSQL_COLLATION)) {
      // New tables inherit the database default; existing ones were created by our migrations.
      await connection.query(
        `ALTER DATABASE \`${name}\` CHARACTER SET ${MYSQL_CHARSET} COLLATE ${MYSQL_COLLATION}`,
      );
    }
    const [version] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test((version as { v: string }[])[0]?.v ?? '') ? 'mariadb' : 'mysql';
  } catch (error) {
    throw new ConfigError(
      `Cannot prepare database "${db.database}" (needs CREATE/ALTER privileges or an existing utf8mb4 database): ${(error as Error).message}`,
    );
  } finally {
    await connection.end();
  }
}

function describe(db: DatabaseConfig): string {
  return db.type === 'sqlite'
    ? `SQLite file ${db.path}`
    : `MySQL ${db.host}:${db.port}/${db.database}`;
}
