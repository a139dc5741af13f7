import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  ARCHIVE_TEMPLATE,
  CATEGORIES,
  CREATE_TEMPLATE,
  FORK_TEMPLATE,
  GET_TEMPLATE,
  PUBLISH_TEMPLATE,
  RECORD_REUSE,
  allTimePoints,
  countRows,
  createTemplate,
  firstCategoryId,
  publishedTemplate,
  signedIn,
  type TemplateShape,
} from './template-fixtures';

const UNKNOWN_ID = '00000000-0000-7000-8000-0000000000ff';

describe('prompt templates', () => {
  let t: TestApp;
  let author: GraphQLClient;
  let colleague: GraphQLClient;
  let admin: GraphQLClient;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    author = await signedIn(t, 'staff@example.com');
    colleague = await signedIn(t, 'taro.yamada@example.com');
    admin = await signedIn(t, 'admin@example.com');
    categoryId = await firstCategoryId(author);
  });
  afterAll(() => t.close());

  describe('categories', () => {
    it('seeds the default categories once, even when the first reads race', async () => {
      const org = await createOrganization(t.dataSource, 'race-co');
      const clients = await Promise.all(
        Array.from({ length: 4 }, () => signedIn(t, org.adminEmail, TEST_PASSWORD)),
      );
      const lists = await Promise.all(
        clients.map((c) =>
          c.ok<{ templateCategories: { id: string; name: string }[] }>(CATEGORIES),
        ),
      );
      for (const { templateCategories } of lists) {
        expect(templateCategories.map((c) => c.name)).toEqual(
          lists[0].templateCategories.map((c) => c.name),
        );
        expect(templateCategories).toHaveLength(10);
      }
      expect(lists[0].templateCategories[0].name).toBe('議事録要約');
      const stored: { n: number | string }[] = await t.dataSource.query(
        'SELECT COUNT(*) AS n FROM template_categories WHERE organization_id = ?',
        [org.organizationId],
      );
      expect(Number(stored[0].n)).toBe(10);
    });

    it('lets admins create, rename and delete categories; staff get FORBIDDEN', async () => {
      const forbidden = await author.request(
        'mutation { createTemplateCategory(name: "社内FAQ") { id } }',
      );
      expect(errorCode(forbidden)).toBe('FORBIDDEN');
      const { createTemplateCategory: created } = await admin.ok<{
        createTemplateCategory: { id: string; name: string; sortOrder: number };
      }>('mutation { createTemplateCategory(name: " 社内FAQ ") { id name sortOrder } }');
      expect(created.name).toBe('社内FAQ');
      const duplicate = await admin.request(
        'mutation { createTemplateCategory(name: "社内FAQ") { id } }',
      );
      expect(duplicate.errors?.[0].extensions?.fields?.[0].code).toBe('category.duplicate');
      const renameByStaff = await author.request(
        'mutation($id: ID!) { renameTemplateCategory(id: $id, name: "x") { id } }',
        { id: created.id },
      );
      expect(errorCode(renameByStaff)).toBe('FORBIDDEN');
      await admin.ok(
        'mutation($id: ID!) { renameTemplateCategory(id: $id, name: "よくある質問") { id } }',
        {
          id: created.id,
        },
      );
      const names = (
        await author.ok<{ templateCategories: { id: string; name: string }[] }>(CATEGORIES)
      ).templateCategories;
      expect(names.at(-1)).toEqual({
        id: created.id,
        name: 'よくある質問',
        sortOrder: expect.any(Number),
      });

      // In use: refused; empty: deleted.
      const used = await createTemplate(author, {
        categoryId: created.id,
        title: '一時テンプレート',
      });
      const inUse = await admin.request('mutation($id: ID!) { deleteTemplateCategory(id: $id) }', {
        id: created.id,
      });
      expect(inUse.errors?.[0].extensions?.fields?.[0].code).toBe('category.inUse');
      await author.ok(
        'mutation($id: ID!, $c: ID!) { updateTemplate(id: $id, input: { categoryId: $c }) { id } }',
        {
          id: used.id,
          c: categoryId,
        },
      );
      expect(
        (
          await admin.ok<{ deleteTemplateCategory: boolean }>(
            'mutation($id: ID!) { deleteTemplateCategory(id: $id) }',
            {
              id: created.id,
            },
          )
        ).deleteTemplateCategory,
      ).toBe(true);
      const deletedAgain = await admin.request(
        'mutation($id: ID!) { deleteTemplateCategory(id: $id) }',
        {
          id: created.id,
        },
      );
      expect(errorCode(deletedAgain)).toBe('NOT_FOUND');
    });
  });

  describe('bad input', () => {
    it('refuses unbalanced placeholders with their position and writes nothing', async () => {
      const before = await countRows(t, 'prompt_templates');
      const res = await author.request(CREATE_TEMPLATE, {
        input: {
          title: '壊れたテンプレート',
          categoryId,
          kind: 'FILL_IN',
          body: '宛先: {{相手}}\n本文: {{用件',
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors?.[0].extensions?.fields as unknown as {
        field: string;
        code: string;
        offset: number;
        line: number;
        column: number;
      }[];
      expect(fields).toEqual([
        expect.objectContaining({
          field: 'body',
          code: 'template.unclosed',
          offset: 15,
          line: 2,
          column: 5,
        }),
      ]);
      const stray = await author.request(CREATE_TEMPLATE, {
        input: { title: 'x', categoryId, kind: 'TASK', body: '閉じ}}だけ' },
      });
      expect(stray.errors?.[0].extensions?.fields?.[0]).toMatchObject({
        code: 'template.strayClose',
      });
      expect(await countRows(t, 'prompt_templates')).toBe(before);
    });

    it('refuses a 10 MB body, an empty title and an unknown category, writing nothing', async () => {
      const before = await countRows(t, 'prompt_templates');
      const huge = await author.request(CREATE_TEMPLATE, {
        input: {
          title: '巨大',
          categoryId,
          kind: 'FREE_FORM',
          body: 'あ'.repeat((10 * 1024 * 1024) / 3),
        },
      });
      expect(huge.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['body.tooLong']);
      const empty = await author.request(CREATE_TEMPLATE, {
        input: { title: '  ', categoryId, kind: 'TASK', body: 'ok' },
      });
      expect(empty.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['title.required']);
      const noCategory = await author.request(CREATE_TEMPLATE, {
        input: { title: 'ok', categoryId: UNKNOWN_ID, kind: 'TASK', body: 'ok' },
      });
      expect(noCategory.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual([
        'category.notFound',
      ]);
      expect(await countRows(t, 'prompt_templates')).toBe(before);
    });

    it('answers NOT_FOUND for an unknown template id', async () => {
      for (const [query, variables] of [
        [GET_TEMPLATE, { id: UNKNOWN_ID }],
        [PUBLISH_TEMPLATE, { id: UNKNOWN_ID }],
        [ARCHIVE_TEMPLATE, { id: UNKNOWN_ID }],
        [FORK_TEMPLATE, { id: UNKNOWN_ID, key: 'fork-unknown-1' }],
        [RECORD_REUSE, { id: UNKNOWN_ID, key: 'reuse-unknown-1' }],
      ] as const) {
        expect(errorCode(await colleague.request(query, variables))).toBe('NOT_FOUND');
      }
    });
  });

  describe('drafts, publishing and archiving', () => {
    it('keeps drafts private to their author and lists published templates for everyone', async () => {
      const draft = await createTemplate(author, { categoryId, title: '下書きの日報テンプレート' });
      expect(draft).toMatchObject({
        status: 'DRAFT',
        canEdit: true,
        reuseCount: 0,
        colleagueCount: 0,
        hoursSavedPerMonth: 0,
        forkedFrom: null,
        placeholders: [
          { name: '会議名', defaultValue: null, hint: null },
          { name: '文字数', defaultValue: '300', hint: '例: 300' },
          { name: 'メモ', defaultValue: null, hint: null },
        ],
      });
      expect(errorCode(await colleague.request(GET_TEMPLATE, { id: draft.id }))).toBe('NOT_FOUND');
      const list = (c: GraphQLClient, filter: Record<string, unknown>) =>
        c.ok<{ templates: { totalCount: number; edges: { node: { id: string } }[] } }>(
          'query($f: TemplateFilter) { templates(filter: $f, first: 50) { totalCount edges { node { id } } } }',
          { f: filter },
        );
      expect(
        (await list(author, { status: 'DRAFT' })).templates.edges.map((e) => e.node.id),
      ).toContain(draft.id);
      expect(
        (await list(colleague, { status: 'DRAFT' })).templates.edges.map((e) => e.node.id),
      ).not.toContain(draft.id);
      expect((await list(colleague, {})).templates.edges.map((e) => e.node.id)).not.toContain(
        draft.id,
      );
      const reuseDraft = await author.request(RECORD_REUSE, {
        id: draft.id,
        key: 'reuse-draft-0001',
      });
      expect(reuseDraft.errors?.[0].extensions?.fields?.[0].code).toBe('template.notPublished');

      const published = (
        await author.ok<{ publishTemplate: TemplateShape }>(PUBLISH_TEMPLATE, { id: draft.id })
      ).publishTemplate;
      expect(published.status).toBe('PUBLISHED');
      const seen = await colleague.ok<{ template: TemplateShape }>(GET_TEMPLATE, { id: draft.id });
      expect(seen.template).toMatchObject({
        canEdit: false,
        author: { displayName: expect.any(String) },
      });
      expect(
        (await list(colleague, { categoryId, kind: 'FILL_IN' })).templates.edges.map(
          (e) => e.node.id,
        ),
      ).toContain(draft.id);
      expect(
        (await list(colleague, { kind: 'TASK', categoryId })).templates.edges.map((e) => e.node.id),
      ).not.toContain(draft.id);
    });

    it('awards templatePublished exactly once per publication and reverses it on archive', async () => {
      const before = await allTimePoints(author);
      const draft = await createTemplate(author, { categoryId, title: 'メール返信テンプレート' });
      // A double click: both requests publish, one award.
      await Promise.all([
        author.ok(PUBLISH_TEMPLATE, { id: draft.id }),
        author.ok(PUBLISH_TEMPLATE, { id: draft.id }),
      ]);
      expect(await allTimePoints(author)).toBe(before + 10);
      await author.ok(ARCHIVE_TEMPLATE, { id: draft.id });
      expect(await allTimePoints(author)).toBe(before);
      expect(errorCode(await colleague.request(GET_TEMPLATE, { id: draft.id }))).toBe('NOT_FOUND');
      await author.ok(PUBLISH_TEMPLATE, { id: draft.id });
      expect(await allTimePoints(author)).toBe(before + 10);
      const keys: { idempotency_key: string; points: number }[] = await t.dataSource.query(
        "SELECT idempotency_key, points FROM ledger_entries WHERE source_id = ? AND kind = 'templatePublished' ORDER BY id",
        [draft.id],
      );
      expect(
        keys.map((k) => [k.idempotency_key.replace(draft.id, 'ID'), Number(k.points)]),
      ).toEqual([
        ['publish:ID:1', 10],
        [expect.stringMatching(/^archive:ID:1:reverse:/), -10],
        ['publish:ID:2', 10],
      ]);
    });

    it('lets only the author or an admin edit, publish and archive', async () => {
      const draft = await createTemplate(author, { categoryId, title: '週報テンプレート' });
      await author.ok(PUBLISH_TEMPLATE, { id: draft.id });
      const update =
        'mutation($id: ID!, $input: UpdateTemplateInput!) { updateTemplate(id: $id, input: $input) { title body } }';
      expect(
        errorCode(await colleague.request(update, { id: draft.id, input: { title: '乗っ取り' } })),
      ).toBe('FORBIDDEN');
      expect(errorCode(await colleague.request(ARCHIVE_TEMPLATE, { id: draft.id }))).toBe(
        'FORBIDDEN',
      );
      const bad = await author.request(update, { id: draft.id, input: { body: '{{a}} {{b' } });
      expect(bad.errors?.[0].extensions?.fields?.[0].code).toBe('template.unclosed');
      const byAdmin = await admin.ok<{ updateTemplate: { title: string; body: string } }>(update, {
        id: draft.id,
        input: { title: '週報テンプレート（改）' },
      });
      expect(byAdmin.updateTemplate.title).toBe('週報テンプレート（改）');
      expect(byAdmin.updateTemplate.body).toBe(draft.body);
    });
  });

  describe('forks', () => {
    it('copies as the forker’s draft and credits the origin’s author once per member', async () => {
      const origin = await publishedTemplate(author, {
        categoryId,
        title: '議事録要約（営業会議）',
      });
      const before = await allTimePoints(author);
      const first = (
        await colleague.ok<{ forkTemplate: TemplateShape }>(FORK_TEMPLATE, {
          id: origin.id,
          key: 'fork-colleague-0001',
        })
      ).forkTemplate;
      expect(first).toMatchObject({
        status: 'DRAFT',
        title: origin.title,
        body: origin.body,
        canEdit: true,
        forkedFrom: { id: origin.id, title: origin.title },
      });
      expect(first.author.id).not.toBe(origin.author.id);
      // A retry returns the same copy.
      const retry = (
        await colleague.ok<{ forkTemplate: TemplateShape }>(FORK_TEMPLATE, {
          id: origin.id,
          key: 'fork-colleague-0001',
        })
      ).forkTemplate;
      expect(retry.id).toBe(first.id);
      // A second fork by the same member is a new copy but earns nothing more.
      const second = (
        await colleague.ok<{ forkTemplate: TemplateShape }>(FORK_TEMPLATE, {
          id: origin.id,
          key: 'fork-colleague-0002',
        })
      ).forkTemplate;
      expect(second.id).not.toBe(first.id);
      expect(await allTimePoints(author)).toBe(before + 3);
      // Forking one's own template earns nothing and is not counted as a fork.
      await author.ok(FORK_TEMPLATE, { id: origin.id, key: 'fork-self-00001' });
      expect(await allTimePoints(author)).toBe(before + 3);
      const after = (await author.ok<{ template: TemplateShape }>(GET_TEMPLATE, { id: origin.id }))
        .template;
      expect(after.forkCount).toBe(2);
      // The colleague's draft fork is not visible to others, so a fork of it shows no origin.
      expect(
        errorCode(await admin.request(FORK_TEMPLATE, { id: first.id, key: 'fork-of-draft-1' })),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('tenancy', () => {
    it('shows another organization nothing of this one’s templates', async () => {
      const origin = await publishedTemplate(author, {
        categoryId,
        title: '他社に見えないテンプレート',
      });
      const org = await createOrganization(t.dataSource, 'other-co');
      const outsider = await signedIn(t, org.adminEmail, TEST_PASSWORD);
      const list = await outsider.ok<{ templates: { totalCount: number } }>(
        '{ templates(first: 50) { totalCount } }',
      );
      expect(list.templates.totalCount).toBe(0);
      expect(errorCode(await outsider.request(GET_TEMPLATE, { id: origin.id }))).toBe('NOT_FOUND');
      expect(
        errorCode(await outsider.request(RECORD_REUSE, { id: origin.id, key: 'outsider-reuse-1' })),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await outsider.request(FORK_TEMPLATE, { id: origin.id, key: 'outsider-fork-1' })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await outsider.request(ARCHIVE_TEMPLATE, { id: origin.id }))).toBe(
        'NOT_FOUND',
      );
      const theirs = (await outsider.ok<{ templateCategories: { id: string }[] }>(CATEGORIES))
        .templateCategories;
      expect(theirs.map((c) => c.id)).not.toContain(categoryId);
      expect(
        errorCode(
          await outsider.request(
            'mutation($id: ID!) { renameTemplateCategory(id: $id, name: "奪取") { id } }',
            {
              id: categoryId,
            },
          ),
        ),
      ).toBe('NOT_FOUND');
      const create = await outsider.request(CREATE_TEMPLATE, {
        input: { title: 'x', categoryId, kind: 'TASK', body: 'ok' },
      });
      expect(create.errors?.[0].extensions?.fields?.[0].code).toBe('category.notFound');
    });
  });

  describe('library order and pages', () => {
    it('pages newest first and by reuse count with stable cursors', async () => {
      const cat = (
        await admin.ok<{ createTemplateCategory: { id: string } }>(
          'mutation { createTemplateCategory(name: "並び順テスト") { id } }',
        )
      ).createTemplateCategory.id;
      const made: TemplateShape[] = [];
      for (const title of ['一', '二', '三'])
        made.push(await publishedTemplate(author, { categoryId: cat, title }));
      await colleague.ok(RECORD_REUSE, { id: made[1].id, key: 'order-reuse-0001' });
      await colleague.ok(RECORD_REUSE, { id: made[1].id, key: 'order-reuse-0002' });
      await colleague.ok(RECORD_REUSE, { id: made[2].id, key: 'order-reuse-0003' });
      const page = (orderBy: string, after: string | null) =>
        colleague.ok<{
          templates: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { title: string } }[];
          };
        }>(
          'query($c: ID, $o: TemplateOrderBy, $a: String) { templates(filter: { categoryId: $c }, orderBy: $o, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }',
          { c: cat, o: orderBy, a: after },
        );
      const n1 = await page('NEWEST', null);
      const n2 = await page('NEWEST', n1.templates.pageInfo.endCursor);
      expect([...n1.templates.edges, ...n2.templates.edges].map((e) => e.node.title)).toEqual([
        '三',
        '二',
        '一',
      ]);
      expect(n1.templates).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(n2.templates.pageInfo.hasNextPage).toBe(false);
      const r1 = await page('MOST_REUSED', null);
      const r2 = await page('MOST_REUSED', r1.templates.pageInfo.endCursor);
      expect([...r1.templates.edges, ...r2.templates.edges].map((e) => e.node.title)).toEqual([
        '二',
        '三',
        '一',
      ]);
      const badCursor = await colleague.request('{ templates(after: "nope") { totalCount } }');
      expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    });
  });
});
