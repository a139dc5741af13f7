import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  GET_TEMPLATE,
  RECORD_REUSE,
  allTimePoints,
  firstCategoryId,
  myPoints,
  publishedTemplate,
  signedIn,
  type ReuseShape,
  type TemplateShape,
} from './template-fixtures';

const COLLEAGUES = [
  'taro.yamada@example.com',
  'ichiro.takahashi@example.com',
  'hanako.yoshida@example.com',
  'kenji.watanabe@example.com',
  'yumi.ito@example.com',
  'daisuke.kobayashi@example.com',
  'sakura.kato@example.com',
  'aoi.inoue@example.com',
  'haruto.kimura@example.com',
  'yui.hayashi@example.com',
];

describe('recordTemplateReuse', () => {
  let t: TestApp;
  let author: GraphQLClient;
  let colleagues: GraphQLClient[];
  let categoryId: string;

  const reuse = async (
    client: GraphQLClient,
    id: string,
    key: string,
    values?: { name: string; value: string }[],
  ): Promise<ReuseShape> =>
    (await client.ok<{ recordTemplateReuse: ReuseShape }>(RECORD_REUSE, { id, key, values }))
      .recordTemplateReuse;

  beforeAll(async () => {
    t = await startTestApp();
    author = await signedIn(t, 'staff@example.com');
    colleagues = await Promise.all(COLLEAGUES.map((email) => signedIn(t, email)));
    categoryId = await firstCategoryId(author);
  });
  afterAll(() => t.close());

  it('pays the author for a colleague’s reuse once per day, never for their own, and explains it', async () => {
    const template = await publishedTemplate(author, { categoryId, title: '議事録要約' });
    const before = await allTimePoints(author);

    const first = await reuse(colleagues[0], template.id, 'reuse-a-000001', [
      { name: '会議名', value: '定例会議' },
      { name: ' メモ ', value: '・A案で進める' },
    ]);
    expect(first).toEqual({
      counted: true,
      reuseCount: 1,
      colleagueCount: 1,
      filledPrompt: '定例会議の議事録を300字で要約してください。\n・A案で進める',
    });
    expect(await allTimePoints(author)).toBe(before + 5);
    const history = (await myPoints(author)).history.edges.map((e) => e.node);
    expect(history[0]).toMatchObject({ kind: 'templateReused', points: 5 });
    expect(history[0].description).toContain('『議事録要約』');
    expect(history[0].description).toContain('使いました');

    // Same member, same template, same day: usage counts, points do not.
    const second = await reuse(colleagues[0], template.id, 'reuse-a-000002');
    expect(second).toEqual({
      counted: false,
      reuseCount: 2,
      colleagueCount: 1,
      filledPrompt: null,
    });
    // The author's own use earns nothing and is not a colleague's reuse.
    const own = await reuse(author, template.id, 'reuse-own-00001');
    expect(own).toMatchObject({ counted: false, reuseCount: 2, colleagueCount: 1 });
    // Another colleague counts.
    expect(await reuse(colleagues[1], template.id, 'reuse-b-000001')).toMatchObject({
      counted: true,
      reuseCount: 3,
      colleagueCount: 2,
    });
    expect(await allTimePoints(author)).toBe(before + 10);
    const seen = (
      await colleagues[2].ok<{ template: TemplateShape }>(GET_TEMPLATE, { id: template.id })
    ).template;
    expect(seen).toMatchObject({ reuseCount: 3, colleagueCount: 2 });
    // Usage statistics keep every reuse, counted or not.
    const usage: { n: number | string }[] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM usage_events WHERE source_id = ? AND kind = 'templateReused'",
      [template.id],
    );
    expect(Number(usage[0].n)).toBe(4);
  });

  it('replays a retry with the same key and refuses the same key with other arguments', async () => {
    const template = await publishedTemplate(author, { categoryId, title: '日報作成' });
    const other = await publishedTemplate(author, { categoryId, title: '日報作成（別）' });
    const before = await allTimePoints(author);
    const values = [{ name: '会議名', value: '朝会' }];
    const first = await reuse(colleagues[3], template.id, 'retry-key-000001', values);
    const again = await reuse(colleagues[3], template.id, 'retry-key-000001', values);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ counted: true, reuseCount: 1 });
    expect(await allTimePoints(author)).toBe(before + 5);
    const usage: { n: number | string }[] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM usage_events WHERE source_id = ? AND kind = 'templateReused'",
      [template.id],
    );
    expect(Number(usage[0].n)).toBe(1);

    for (const variables of [
      { id: other.id, key: 'retry-key-000001', values },
      { id: template.id, key: 'retry-key-000001', values: [{ name: '会議名', value: '夕会' }] },
    ]) {
      const conflict = await colleagues[3].request(RECORD_REUSE, variables);
      expect(errorCode(conflict)).toBe('BAD_USER_INPUT');
      expect(conflict.errors?.[0].extensions?.fields?.[0].code).toBe('idempotencyKey.conflict');
    }
    const badKey = await colleagues[3].request(RECORD_REUSE, { id: template.id, key: 'x' });
    expect(badKey.errors?.[0].extensions?.fields?.[0].code).toBe('idempotencyKey.invalid');
    expect(await allTimePoints(author)).toBe(before + 5);
  });

  it('keeps exact totals under a concurrent storm of reuses with duplicate retries', async () => {
    // A fresh author, so the day's templateReused cap (50) is untouched.
    const stormAuthor = await signedIn(t, 'ryo.matsumoto@example.com');
    const a = await publishedTemplate(stormAuthor, { categoryId, title: 'ストームA' });
    const b = await publishedTemplate(stormAuthor, { categoryId, title: 'ストームB' });
    expect(await allTimePoints(stormAuthor)).toBe(20);

    // 10 members × 10 reuses (alternating templates), each request sent twice at once.
    const calls = colleagues.flatMap((client, m) =>
      Array.from({ length: 10 }, (_, k) => {
        const id = k % 2 === 0 ? a.id : b.id;
        const key = `storm-${m}-${k}-key`;
        return [reuse(client, id, key), reuse(client, id, key)];
      }).flat(),
    );
    expect(calls).toHaveLength(200);
    const results = await Promise.all(calls);
    for (let i = 0; i < results.length; i += 2) expect(results[i + 1]).toEqual(results[i]);

    // 20 member-template pairs would pay 5 each, but the daily cap stops at 50: 10 counted.
    const distinct = results.filter((_, i) => i % 2 === 0);
    expect(distinct.filter((r) => r.counted)).toHaveLength(10);
    expect(await allTimePoints(stormAuthor)).toBe(20 + 50);
    for (const template of [a, b]) {
      const seen = (
        await stormAuthor.ok<{ template: TemplateShape }>(GET_TEMPLATE, { id: template.id })
      ).template;
      expect(seen).toMatchObject({ reuseCount: 50, colleagueCount: 10 });
      const uses: { n: number | string }[] = await t.dataSource.query(
        'SELECT SUM(use_count) AS n FROM template_reusers WHERE template_id = ?',
        [template.id],
      );
      expect(Number(uses[0].n)).toBe(50);
    }
    // Every reuse result reported a reuse count that no other request saw.
    const seenCounts = distinct.map((r, i) => `${i % 2}:${r.reuseCount}`);
    expect(new Set(seenCounts).size).toBe(100);
    const usage: { n: number | string }[] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM usage_events WHERE source_id IN (?, ?) AND kind = 'templateReused'",
      [a.id, b.id],
    );
    expect(Number(usage[0].n)).toBe(100);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });
});
