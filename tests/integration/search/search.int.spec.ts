import { v7 as uuidv7 } from 'uuid';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import {
  SearchIndexService,
  type SearchableDocument,
} from '../../../apps/api/src/modules/search/services/search-index.service';
import { createOrganization } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

type Hit = {
  type: string;
  id: string;
  title: string;
  tags: string[];
  score: number;
  snippet: { text: string; highlights: { start: number; end: number }[] };
};

/** Search through the index the content modules maintain, over HTTP. */
describe('search', () => {
  let t: TestApp;
  let staff: GraphQLClient;
  const ids: Record<string, string> = {};

  const search = async (query: string, extra: Record<string, unknown> = {}) =>
    (
      await staff.ok<{ search: { totalCount: number; hits: Hit[] } }>(
        'query S($q: String!, $types: [SearchDocType!], $tag: String, $first: Int) { search(query: $q, types: $types, tag: $tag, first: $first) { totalCount hits { type id title tags score snippet { text highlights { start end } } } } }',
        { q: query, ...extra },
      )
    ).search;

  beforeAll(async () => {
    t = await startTestApp();
    staff = t.client();
    await staff.login('staff@example.com');
    const member = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ email: 'staff@example.com' });
    const db = t.app.get(TenantDataSource);
    const indexer = t.app.get(SearchIndexService);
    const docs: (SearchableDocument & { key: string })[] = [
      {
        key: 'minutes',
        docType: 'template',
        docId: uuidv7(),
        title: '議事録要約テンプレート',
        body: '会議の{{メモ}}から決定事項とToDoを抜き出す',
        tags: ['議事録', '会議'],
        popularity: 5,
      },
      {
        key: 'daily',
        docType: 'template',
        docId: uuidv7(),
        title: '日報作成',
        body: '今日の業務を箇条書きにしてChatGPTで日報にする',
        tags: ['日報'],
        popularity: 9,
      },
      {
        key: 'sales',
        docType: 'knowledgePost',
        docId: uuidv7(),
        title: '営業会議の進め方',
        body: '## 目的\n営業 会議 は **30分** で。議事録は当日中に共有。',
        tags: ['営業'],
        popularity: 1,
      },
      {
        key: 'gpt',
        docType: 'knowledgePost',
        docId: uuidv7(),
        title: 'ChatGPT活用ガイド',
        body: 'ｶﾀｶﾅ の半角も ＡＢＣ の全角も検索できる。Prompt engineering basics.',
        tags: ['生成AI'],
        popularity: 3,
      },
      {
        key: 'popular',
        docType: 'knowledgePost',
        docId: uuidv7(),
        title: '会議メモ',
        body: '会議の記録',
        tags: [],
        popularity: 50,
      },
    ];
    await db.transaction(member, async (scope) => {
      for (const doc of docs) {
        ids[doc.key] = doc.docId;
        await indexer.index(scope, doc);
      }
    });
  });
  afterAll(() => t.close());

  it('finds 議事録要約テンプレート for the two-character-pair query 議事録, with highlights', async () => {
    const result = await search('議事録');
    expect(result.hits.map((h) => h.id)).toContain(ids.minutes);
    const hit = result.hits.find((h) => h.id === ids.minutes)!;
    expect(hit.tags).toEqual(['議事録', '会議']);
    // Title matches rank above body-only matches.
    expect(result.hits[0].id).toBe(ids.minutes);
  });

  it('matches two-character words (日報, 会議, 営業) and one-character queries', async () => {
    expect((await search('日報')).hits.map((h) => h.id)).toEqual([ids.daily]);
    expect((await search('営業')).hits.map((h) => h.id)).toEqual([ids.sales]);
    const meetings = (await search('会議')).hits.map((h) => h.id);
    expect(meetings).toEqual(expect.arrayContaining([ids.minutes, ids.sales, ids.popular]));
    expect((await search('録')).totalCount).toBeGreaterThanOrEqual(2);
  });

  it('requires every word, mixes Japanese and English, and folds width and kana variants', async () => {
    expect((await search('ChatGPT 日報')).hits.map((h) => h.id)).toEqual([ids.daily]);
    expect((await search('会議 営業')).hits.map((h) => h.id)).toEqual([ids.sales]);
    expect((await search('chat')).hits.map((h) => h.id).sort()).toEqual(
      [ids.daily, ids.gpt].sort(),
    );
    expect((await search('カタカナ')).hits.map((h) => h.id)).toEqual([ids.gpt]);
    expect((await search('abc')).hits.map((h) => h.id)).toEqual([ids.gpt]);
    expect((await search('ぎじろく')).totalCount).toBe(0);
    expect((await search('存在しない言葉')).totalCount).toBe(0);
  });

  it('ranks by relevance with popularity as tiebreaker, filters by type and tag, and pages', async () => {
    const both = await search('会議', { types: ['KNOWLEDGE_POST'] });
    expect(both.hits.every((h) => h.type === 'KNOWLEDGE_POST')).toBe(true);
    expect((await search('会議', { tag: '議事録' })).hits.map((h) => h.id)).toEqual([ids.minutes]);
    const page = await search('会議', { first: 1 });
    expect(page.hits).toHaveLength(1);
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    const snippet = (await search('30分')).hits[0]?.snippet;
    expect(snippet?.text).toContain('30分');
    expect(snippet?.text).not.toMatch(/\*\*|##/);
    expect(snippet?.highlights.length).toBeGreaterThan(0);
  });

  it('finds the few documents with every word when each word alone is in hundreds', async () => {
    // Each word alone outnumbers a batch of candidates, and the best-weighted postings of
    // either one lack the other: the search reads further batches instead of finding nothing.
    const member = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ email: 'staff@example.com' });
    const db = t.app.get(TenantDataSource);
    const indexer = t.app.get(SearchIndexService);
    const both: string[] = [];
    await db.transaction(member, async (scope) => {
      for (let i = 0; i < 20; i += 1) {
        const docId = uuidv7();
        both.push(docId);
        await indexer.index(scope, {
          docType: 'knowledgePost',
          docId,
          title: `misc ${i}`,
          body: 'zebraword quokkaword ゼブラ 洋梨',
        });
      }
      for (const word of ['zebraword ゼブラ', 'quokkaword 洋梨']) {
        for (let i = 0; i < 300; i += 1) {
          await indexer.index(scope, {
            docType: 'knowledgePost',
            docId: uuidv7(),
            title: `${word} ${i}`,
            body: 'nothing else',
          });
        }
      }
    });
    // Latin words are prefix ranges, Japanese bigrams exact tokens: both ways of reading on.
    for (const query of ['zebraword quokkaword', 'ゼブラ 洋梨']) {
      const result = await search(query, { first: 50 });
      expect(result.totalCount).toBe(20);
      expect(result.hits.map((h) => h.id).sort()).toEqual([...both].sort());
    }
    const one = await search('zebraword', { first: 5 });
    expect(one.totalCount).toBe(320);
    expect(one.hits.every((h) => h.title.startsWith('zebraword'))).toBe(true);
  });

  it('never returns another organization’s documents and rejects bad input clearly', async () => {
    const other = await createOrganization(t.dataSource, 'search-other');
    const otherClient = t.client();
    await otherClient.login(other.adminEmail, 'test-password-1234');
    const res = await otherClient.ok<{ search: { totalCount: number } }>(
      '{ search(query: "会議") { totalCount } }',
    );
    expect(res.search.totalCount).toBe(0);
    expect(
      errorCode(await staff.request('{ search(query: "会議", first: 500) { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
    expect((await search('!!!')).totalCount).toBe(0);
  });
});
