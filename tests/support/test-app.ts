import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig, parseDatabaseUrl } from '../../apps/api/src/common/config/app-config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLClient } from './graphql-client';

export type Dialect = 'sqlite' | 'mysql';

export const TEST_DIALECT: Dialect = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';

export type TestApp = {
  url: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  dialect: Dialect;
  client: () => GraphQLClient;
  close: () => Promise<void>;
};

/**
 * A fresh database for one test file: a temp SQLite file, or a new MySQL database on the
 * server named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<{
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  if (TEST_DIALECT === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-it-'));
    return {
      env: { DATA_DIR: dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=mysql needs TEST_DATABASE_URL (tests/run.mjs sets it)');
  const server = parseDatabaseUrl(url);
  if (server.type !== 'mysql') throw new Error('TEST_DATABASE_URL must be a mysql:// URL');
  const name = `${server.database}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = () =>
    mysql.createConnection({
      host: server.host,
      port: server.port,
      user: server.username,
      password: server.password,
    });
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: dbUrl.toString() },
    drop: async () => {
      const conn = await admin();
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}

export async function startTestApp(
  options: { demoSeed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...database.env,
    DEMO_SEED: options.demoSeed === false ? 'false' : 'true',
    // The demo content (posts, months of activity) is for people; tests seed their own data.
    DEMO_CONTENT: 'false',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    WEB_DIST_DIR: path.join(os.tmpdir(), 'chienowa-no-web'),
    ...options.env,
  });
  const running = await createApp(config);
  await running.app.listen({ port: 0, host: '127.0.0.1' });
  const address = running.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app: running.app,
    dataSource: running.dataSource,
    dialect: TEST_DIALECT,
    client: () => new GraphQLClient(url),
    close: async () => {
      // The suite is over: drop the test client's keep-alive sockets too. Fastify closes idle
      // ones itself, but a socket undici left half-used after a file download kept close()
      // waiting for the 72 s keep-alive timeout (hr-export suite).
      (running.app.getHttpServer() as import('node:http').Server).closeAllConnections();
      await running.close();
      await database.drop();
    },
  };
}
