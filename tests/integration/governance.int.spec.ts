import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { ACCESS_RULE_KEY } from '../../apps/api/src/common/auth/access.decorators';
import { printAppSchema } from '../../apps/api/src/common/graphql/schema-sdl';
import { pendingSchemaChanges } from '../../apps/api/src/database/schema-diff';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');

describe('schema governance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoSeed: false });
  });
  afterAll(() => t.close());

  it('has no pending DDL: entities and this dialect’s migrations agree', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual({ up: [], down: [] });
  });

  it('matches the committed apps/api/schema.graphql (run `npm run schema:generate` after API changes)', () => {
    const committed = fs.readFileSync(path.join(root, 'apps/api/schema.graphql'), 'utf8');
    expect(printAppSchema(t.app)).toBe(committed);
  });

  it('gives every Query and Mutation field an explicit access rule (deny by default)', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map(
        (f) => `Subscription.${f}`,
      ),
    ].sort();
    const metadata = [
      ...TypeMetadataStorage.getQueriesMetadata().map((m) => ({ ...m, kind: 'Query' })),
      ...TypeMetadataStorage.getMutationsMetadata().map((m) => ({ ...m, kind: 'Mutation' })),
      ...TypeMetadataStorage.getSubscriptionsMetadata().map((m) => ({
        ...m,
        kind: 'Subscription',
      })),
    ];
    const ruled = metadata
      .filter((m) => {
        const handler = (m.target as { prototype: Record<string, unknown> }).prototype[
          m.methodName
        ];
        return (
          Reflect.getMetadata(ACCESS_RULE_KEY, handler as object) ??
          Reflect.getMetadata(ACCESS_RULE_KEY, m.target)
        );
      })
      .map((m) => `${m.kind}.${m.schemaName}`)
      .sort();
    const missing = operations.filter((op) => !ruled.includes(op));
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(15);
  });

  it('stores and returns emoji and rare kanji exactly (utf8mb4 end to end)', async () => {
    const text = '𠮷野家の髙橋さん🍣ｶﾀｶﾅ';
    await t.dataSource.query(
      "INSERT INTO organizations (id, slug, name, time_zone, fiscal_year_start_month, locale, created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', 'utf8', ?, 'Asia/Tokyo', 4, 'ja', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
      [text],
    );
    const rows: { name: string }[] = await t.dataSource.query(
      'SELECT name FROM organizations WHERE slug = ?',
      ['utf8'],
    );
    expect(rows[0].name).toBe(text);
    // Binary collation: distinct supplementary characters stay distinct.
    const distinct: { n: number | string }[] = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM organizations WHERE name = ?',
      ['😀野家の髙橋さん🍣ｶﾀｶﾅ'],
    );
    expect(Number(distinct[0].n)).toBe(0);
  });
});

describe('configuration errors', () => {
  const main = path.join(root, 'apps/api/dist/main.js');
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, [main], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });

  it('exits non-zero with one clear line for a malformed DATABASE_URL', () => {
    const res = start({ DATABASE_URL: 'mysql//broken' });
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe(
      'Chienowa cannot start: DATABASE_URL is malformed: expected mysql://user:password@host:port/database',
    );
  });

  it('exits non-zero with a clear message when the database is unreachable', () => {
    const res = start({ DATABASE_URL: 'mysql://root@127.0.0.1:1/chienowa' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(
      /^Chienowa cannot start: Cannot reach the MySQL\/MariaDB server at 127\.0\.0\.1:1/,
    );
    expect(res.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('rejects an invalid PORT', () => {
    const res = start({ PORT: 'eighty' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Invalid configuration: PORT/);
  });
});
