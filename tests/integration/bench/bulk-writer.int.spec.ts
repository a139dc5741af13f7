// The benchmark generator's bulk writer on the real database: rows and values arrive exactly
// (MySQL: statements written out as text by the loading session's literals), the dropped indexes
// come back identical whether a table was declared complete (MySQL: rebuilt in the background)
// or not, and a duplicate key fails the load instead of passing unnoticed.
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../apps/api/src/common/config/app-config';
import { openDatabase } from '../../../apps/api/src/database/database-bootstrap';
import { OrganizationEntity } from '../../../apps/api/src/modules/organization/entities/organization.entity';
import { TemplateCategoryEntity } from '../../../apps/api/src/modules/templates/entities/template-category.entity';
import { BulkWriter } from '../../bench/lib/bulk-writer';
import { createTestDatabase, TEST_DIALECT } from '../../support/test-app';

jest.setTimeout(120_000);

const ORG = '01900000-0000-7000-8000-000000000001';
const AT = new Date('2026-11-30T23:59:58.123Z');
// Quotes, backslashes, a tab, a newline, kanji outside the BMP, an emoji, a would-be formula.
const AWKWARD = `O'Brien \\ "引用" \t改行\n𠮷野家 🍣 =SUM(A1)`;

describe(`bench bulk writer (${TEST_DIALECT})`, () => {
  let ds: DataSource;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const env = { ...process.env, LOG_LEVEL: 'silent', DEMO_SEED: 'false', ...db.env };
    ds = await openDatabase(loadConfig(env).database);
  });

  afterEach(async () => {
    await ds?.destroy();
    await drop();
  });

  /** Secondary index names and definitions of a table, as the database reports them. */
  const indexesOf = async (table: string): Promise<string[]> => {
    if (TEST_DIALECT === 'sqlite') {
      const rows: { sql: string }[] = await ds.query(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        [table],
      );
      return rows.map((r) => r.sql);
    }
    const rows: {
      Key_name: string;
      Non_unique: number;
      Seq_in_index: number;
      Column_name: string;
    }[] = await ds.query(`SHOW INDEX FROM \`${table}\` WHERE Key_name <> 'PRIMARY'`);
    return rows
      .map((r) => `${r.Key_name} ${r.Non_unique} ${r.Seq_in_index} ${r.Column_name}`)
      .sort();
  };

  const organization = (id: string, slug: string, name: string) => ({
    id,
    slug,
    name,
    timeZone: 'Asia/Tokyo',
    fiscalYearStartMonth: 4,
    locale: 'ja',
    levelThresholds: null,
    createdAt: AT,
    updatedAt: AT,
  });

  const category = (i: number, name = `カテゴリ ${i}`) => ({
    id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    organizationId: ORG,
    name,
    sortOrder: i,
    createdAt: new Date(AT.getTime() + i * 1000),
  });

  it('writes every row and value exactly and restores the indexes, complete or not', async () => {
    const before = {
      organizations: await indexesOf('organizations'),
      categories: await indexesOf('template_categories'),
    };
    expect(before.categories.length).toBeGreaterThan(0);
    const w = new BulkWriter(ds, { batchRows: 1_000 });
    await w.begin();
    w.add(OrganizationEntity, organization(ORG, 'bulk', AWKWARD));
    const n = 5_000; // several statements and batches
    for (let i = 0; i < n; i++) {
      w.add(TemplateCategoryEntity, category(i, i === 7 ? AWKWARD.slice(0, 50) : undefined));
      if (w.full) await w.flush();
    }
    await w.complete(TemplateCategoryEntity);
    expect(() => w.add(TemplateCategoryEntity, category(n))).toThrow(/declared complete/);
    await w.close();

    expect(await indexesOf('organizations')).toEqual(before.organizations);
    expect(await indexesOf('template_categories')).toEqual(before.categories);
    const [org] = await ds.getRepository(OrganizationEntity).find();
    expect(org.name).toBe(AWKWARD);
    // To the second: MariaDB's datetime keeps no milliseconds.
    expect(Math.floor(org.createdAt.getTime() / 1000)).toBe(Math.floor(AT.getTime() / 1000));
    const rows = await ds
      .getRepository(TemplateCategoryEntity)
      .find({ order: { sortOrder: 'ASC' } });
    expect(rows).toHaveLength(n);
    expect(rows[7].name).toBe(AWKWARD.slice(0, 50));
    expect(rows[4_321]).toMatchObject({ name: 'カテゴリ 4321', sortOrder: 4_321 });
    expect(rows[4_321].createdAt.getTime() - rows[0].createdAt.getTime()).toBe(4_321_000);
  });

  it('fails the load when a unique index cannot be rebuilt over the rows', async () => {
    const w = new BulkWriter(ds);
    await w.begin();
    w.add(OrganizationEntity, organization(ORG, 'bulk', 'Bulk'));
    w.add(TemplateCategoryEntity, category(1, '議事録要約'));
    w.add(TemplateCategoryEntity, category(2, '議事録要約')); // same organization and name
    await w.complete(TemplateCategoryEntity);
    // By message: better-sqlite3's error class belongs to the realm of the first test file that
    // loaded the addon in this Jest worker, so `toThrow` may not recognise it as an Error here.
    await expect(w.close()).rejects.toHaveProperty(
      'message',
      expect.stringMatching(/duplicate|unique/i),
    );
  });
});
