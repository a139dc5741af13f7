import { defaultReviewBy, localDate } from '@chienowa/domain';
import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  countRows,
  createPost,
  key,
  POST_FIELDS,
  publishedPost,
  recordView,
  signedIn,
  transition,
  type Post,
} from './knowledge-support';

const GET = `query ($id: ID!) { knowledgePost(id: $id) { ${POST_FIELDS} } }`;
const LIST = `query ($filter: KnowledgePostFilter, $first: Int, $after: String) {
  knowledgePosts(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title status tags } } pageInfo { hasNextPage endCursor }
  }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateKnowledgePostInput!) { updateKnowledgePost(id: $id, input: $input) { ${POST_FIELDS} } }`;
const REVISIONS = `query ($postId: ID!, $first: Int, $after: String) {
  knowledgePostRevisions(postId: $postId, first: $first, after: $after) {
    edges { node { title bodyMarkdown tags changedFields createdAt editor { email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type ListResult = {
  knowledgePosts: {
    edges: {
      cursor: string;
      node: { id: string; title: string; status: string; tags: string[] };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('knowledge posts', () => {
  let t: TestApp;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let salesId: string;

  const today = () => localDate(new Date(), 'Asia/Tokyo');
  const list = (
    client: GraphQLClient,
    filter: Record<string, unknown> = {},
    first = 50,
    after?: string,
  ) => client.ok<ListResult>(LIST, { filter, first, after });
  const ids = (r: ListResult) => r.knowledgePosts.edges.map((e) => e.node.id);

  beforeAll(async () => {
    t = await startTestApp();
    [staff, manager, admin] = await Promise.all([
      signedIn(t, 'staff@example.com'),
      signedIn(t, 'manager@example.com'),
      signedIn(t, 'admin@example.com'),
    ]);
    const deps = await admin.ok<{ departments: { id: string; name: string }[] }>(
      '{ departments { id name } }',
    );
    salesId = deps.departments.find((d) => d.name === '営業部')!.id;
  });
  afterAll(() => t.close());

  it('keeps a draft private to its author and owner, then shows the published post to every member', async () => {
    const draft = await createPost(staff, {
      tags: ['議事録', ' ＡＩ活用 ', '#議事録'],
      departmentId: salesId,
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      tags: ['AI活用', '議事録'],
      canEdit: true,
      revisionCount: 1,
      viewCount: 0,
      publishedAt: null,
      needsReview: false,
      reviewBy: defaultReviewBy(today()),
      author: { email: 'staff@example.com' },
      owner: { email: 'staff@example.com' },
      department: { name: '営業部' },
    });
    for (const other of [manager, admin]) {
      expect(errorCode(await other.request(GET, { id: draft.id }))).toBe('NOT_FOUND');
      expect(ids(await list(other, { status: 'DRAFT' }))).not.toContain(draft.id);
    }
    expect(ids(await list(staff, { status: 'DRAFT' }))).toContain(draft.id);
    expect(ids(await list(manager))).not.toContain(draft.id);

    const published = await transition(staff, 'publishKnowledgePost', draft.id);
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    const seen = await manager.ok<{ knowledgePost: Post }>(GET, { id: draft.id });
    expect(seen.knowledgePost).toMatchObject({
      status: 'PUBLISHED',
      canEdit: false,
      likedByMe: false,
    });
    expect(
      (await admin.ok<{ knowledgePost: Post }>(GET, { id: draft.id })).knowledgePost.canEdit,
    ).toBe(true);
    expect(ids(await list(manager))).toContain(draft.id);
  });

  it('keeps the edit history: who changed what, when; only author, owner or admin may edit', async () => {
    const post = await createPost(staff, {
      title: '日報テンプレートの使い方',
      bodyMarkdown: '最初の本文',
      tags: ['日報'],
    });
    await staff.ok(UPDATE, { id: post.id, input: { title: '日報テンプレートの使い方（改訂）' } });
    const forbidden = await manager.request(UPDATE, { id: post.id, input: { title: 'x' } });
    // A draft is invisible to the manager: not even its existence is revealed.
    expect(errorCode(forbidden)).toBe('NOT_FOUND');
    await transition(staff, 'publishKnowledgePost', post.id);
    expect(errorCode(await manager.request(UPDATE, { id: post.id, input: { title: 'x' } }))).toBe(
      'FORBIDDEN',
    );
    const edited = await admin.ok<{ updateKnowledgePost: Post }>(UPDATE, {
      id: post.id,
      input: { bodyMarkdown: '改訂した本文\n\n| 列 | 値 |\n|---|---|', tags: ['日報', '運用'] },
    });
    expect(edited.updateKnowledgePost).toMatchObject({
      title: '日報テンプレートの使い方（改訂）',
      tags: ['日報', '運用'],
      revisionCount: 3,
      author: { email: 'staff@example.com' },
    });
    const revisions = await manager.ok<{
      knowledgePostRevisions: {
        edges: {
          node: {
            title: string;
            tags: string[];
            changedFields: string[];
            editor: { email: string };
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(REVISIONS, { postId: post.id, first: 2 });
    const nodes = revisions.knowledgePostRevisions.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.editor.email, n.changedFields])).toEqual([
      ['admin@example.com', ['bodyMarkdown', 'tags']],
      ['staff@example.com', ['title']],
    ]);
    expect(revisions.knowledgePostRevisions.pageInfo.hasNextPage).toBe(true);
    const rest = await manager.ok<{
      knowledgePostRevisions: { edges: { node: { title: string; changedFields: string[] } }[] };
    }>(REVISIONS, {
      postId: post.id,
      first: 2,
      after: revisions.knowledgePostRevisions.pageInfo.endCursor,
    });
    expect(rest.knowledgePostRevisions.edges.map((e) => e.node)).toEqual(
      [{ title: '日報テンプレートの使い方', changedFields: ['title', 'bodyMarkdown', 'tags'] }].map(
        (n) => expect.objectContaining(n),
      ),
    );
  });

  it('stores Markdown raw without NUL and control characters (tabs and newlines kept)', async () => {
    const body = '# 見出し\r\n\t- <script>alert(1)</script>\u0000\u0007 [x](javascript:alert(1))';
    const post = await createPost(staff, { title: 'タイトル\u0000\n改行', bodyMarkdown: body });
    expect(post.title).toBe('タイトル 改行');
    expect(post.bodyMarkdown).toBe(
      '# 見出し\n\t- <script>alert(1)</script> [x](javascript:alert(1))',
    );
  });

  it('refuses a 10 MB body with body.tooLong and writes nothing', async () => {
    const huge = 'あ'.repeat((10 * 1024 * 1024) / 3);
    const posts = () => countRows(t, 'knowledge_posts', '1 = 1', []);
    const revisions = () => countRows(t, 'knowledge_post_revisions', '1 = 1', []);
    const before = [await posts(), await revisions()];
    const created = await staff.request(
      'mutation ($input: CreateKnowledgePostInput!) { createKnowledgePost(input: $input) { id } }',
      { input: { title: '巨大な本文', bodyMarkdown: huge } },
    );
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'bodyMarkdown',
      code: 'body.tooLong',
    });
    const post = await createPost(staff);
    const mid = [await posts(), await revisions()];
    expect(mid).toEqual([before[0] + 1, before[1] + 1]);
    const updated = await staff.request(UPDATE, {
      id: post.id,
      input: { title: '変更', bodyMarkdown: huge },
    });
    expect(updated.errors?.[0].extensions?.fields?.[0].code).toBe('body.tooLong');
    expect([await posts(), await revisions()]).toEqual(mid);
    expect(
      (await staff.ok<{ knowledgePost: Post }>(GET, { id: post.id })).knowledgePost.title,
    ).toBe('議事録要約のコツ');
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const before = await countRows(t, 'knowledge_posts', '1 = 1', []);
    const res = await staff.request(
      'mutation ($input: CreateKnowledgePostInput!) { createKnowledgePost(input: $input) { id } }',
      { input: { title: ' ', bodyMarkdown: '', tags: ['あ'.repeat(41)] } },
    );
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual([
      'title.required',
      'tag.tooLong',
    ]);
    const dep = await staff.request(
      'mutation ($input: CreateKnowledgePostInput!) { createKnowledgePost(input: $input) { id } }',
      { input: { title: 't', departmentId: '00000000-0000-7000-8000-000000000000' } },
    );
    expect(dep.errors?.[0].extensions?.fields?.[0].code).toBe('departmentId.unknown');
    const review = await staff.request(
      'mutation ($input: CreateKnowledgePostInput!) { createKnowledgePost(input: $input) { id } }',
      { input: { title: 't', reviewBy: today() } },
    );
    expect(review.errors?.[0].extensions?.fields?.[0].code).toBe('reviewBy.tooSoon');
    expect(await countRows(t, 'knowledge_posts', '1 = 1', [])).toBe(before);
    const draft = await createPost(staff, { bodyMarkdown: ' ' });
    const publish = await staff.request(
      'mutation ($id: ID!) { publishKnowledgePost(id: $id) { id } }',
      { id: draft.id },
    );
    expect(publish.errors?.[0].extensions?.fields?.[0].code).toBe('body.requiredToPublish');
    const unpublish = await staff.request(
      'mutation ($id: ID!) { unpublishKnowledgePost(id: $id) { id } }',
      { id: draft.id },
    );
    expect(unpublish.errors?.[0].extensions?.fields?.[0].code).toBe('status.invalidTransition');
  });

  it('filters by tag, author, department, status and paginates; counts tags of published posts', async () => {
    const a = await publishedPost(manager, {
      title: 'フィルタA',
      tags: ['filter-x', '共通'],
      departmentId: salesId,
    });
    const b = await publishedPost(staff, { title: 'フィルタB', tags: ['filter-x'] });
    const draft = await createPost(staff, {
      title: 'フィルタ下書き',
      tags: ['filter-x', 'filter-only-draft'],
    });
    expect(ids(await list(staff, { tag: '#FILTER-X'.toLowerCase() }))).toEqual([b.id, a.id]);
    expect(ids(await list(staff, { tag: 'filter-x', authorId: a.author.id }))).toEqual([a.id]);
    expect(ids(await list(staff, { departmentId: salesId }))).toContain(a.id);
    expect(ids(await list(staff, { departmentId: salesId }))).not.toContain(b.id);
    expect(ids(await list(staff, { tag: 'filter-x', status: 'DRAFT' }))).toEqual([draft.id]);

    const page1 = await list(staff, { tag: 'filter-x' }, 1);
    expect(ids(page1)).toEqual([b.id]);
    expect(page1.knowledgePosts.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(
      staff,
      { tag: 'filter-x' },
      1,
      page1.knowledgePosts.pageInfo.endCursor!,
    );
    expect(ids(page2)).toEqual([a.id]);
    expect(page2.knowledgePosts.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await staff.request(LIST, { first: 1, after: 'garbage' }))).toBe(
      'BAD_USER_INPUT',
    );

    const tags = await staff.ok<{ knowledgeTags: { tag: string; count: number }[] }>(
      '{ knowledgeTags { tag count } }',
    );
    expect(tags.knowledgeTags).toContainEqual({ tag: 'filter-x', count: 2 });
    expect(tags.knowledgeTags.map((x) => x.tag)).not.toContain('filter-only-draft');
  });

  it('archives a post: still readable and flagged, out of the default list; transitions follow the domain', async () => {
    const post = await publishedPost(staff, { title: 'アーカイブ対象' });
    const archived = await transition(staff, 'archiveKnowledgePost', post.id);
    expect(archived.status).toBe('ARCHIVED');
    expect(
      (await manager.ok<{ knowledgePost: Post }>(GET, { id: post.id })).knowledgePost.status,
    ).toBe('ARCHIVED');
    expect(ids(await list(manager))).not.toContain(post.id);
    expect(ids(await list(manager, { status: 'ARCHIVED' }))).toContain(post.id);
    expect(
      errorCode(
        await manager.request('mutation ($id: ID!) { publishKnowledgePost(id: $id) { id } }', {
          id: post.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    const unpublish = await staff.request(
      'mutation ($id: ID!) { unpublishKnowledgePost(id: $id) { id } }',
      { id: post.id },
    );
    expect(unpublish.errors?.[0].extensions?.fields?.[0].code).toBe('status.invalidTransition');
    expect((await transition(admin, 'publishKnowledgePost', post.id)).status).toBe('PUBLISHED');
  });

  it('transfers ownership (owner or admin only, to an active member)', async () => {
    const post = await publishedPost(staff, { title: 'オーナー移管' });
    const managerId = (await manager.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    const TRANSFER = `mutation ($id: ID!, $ownerId: ID!) { transferKnowledgePostOwner(id: $id, ownerId: $ownerId) { owner { email } author { email } canEdit } }`;
    expect(errorCode(await manager.request(TRANSFER, { id: post.id, ownerId: managerId }))).toBe(
      'FORBIDDEN',
    );
    const bad = await staff.request(TRANSFER, {
      id: post.id,
      ownerId: '00000000-0000-7000-8000-000000000000',
    });
    expect(bad.errors?.[0].extensions?.fields?.[0].code).toBe('ownerId.invalid');
    const moved = await staff.ok<{
      transferKnowledgePostOwner: { owner: { email: string }; canEdit: boolean };
    }>(TRANSFER, {
      id: post.id,
      ownerId: managerId,
    });
    expect(moved.transferKnowledgePostOwner).toMatchObject({
      owner: { email: 'manager@example.com' },
      canEdit: true,
    });
    // The author keeps editing rights but no longer decides who owns the post.
    const staffId = post.author.id;
    expect(errorCode(await staff.request(TRANSFER, { id: post.id, ownerId: staffId }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await manager.ok<{ knowledgePost: Post }>(GET, { id: post.id })).knowledgePost.canEdit,
    ).toBe(true);
    await admin.ok(TRANSFER, { id: post.id, ownerId: staffId });
  });

  it('lets members comment on published posts; authors of comments and admins delete them', async () => {
    const post = await publishedPost(staff, { title: 'コメント対象' });
    const ADD =
      'mutation ($postId: ID!, $body: String!) { addKnowledgeComment(postId: $postId, body: $body) { id body author { email } canDelete } }';
    const DELETE = 'mutation ($id: ID!) { deleteKnowledgeComment(id: $id) { commentCount } }';
    const c1 = (
      await manager.ok<{ addKnowledgeComment: { id: string; body: string; canDelete: boolean } }>(
        ADD,
        {
          postId: post.id,
          body: '  参考になりました\r\nありがとうございます ',
        },
      )
    ).addKnowledgeComment;
    expect(c1).toMatchObject({ body: '参考になりました\nありがとうございます', canDelete: true });
    const c2 = (
      await staff.ok<{ addKnowledgeComment: { id: string } }>(ADD, {
        postId: post.id,
        body: '補足です',
      })
    ).addKnowledgeComment;
    expect(errorCode(await staff.request(ADD, { postId: post.id, body: ' \u0000 ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await staff.request(ADD, { postId: post.id, body: 'あ'.repeat(4001) }))).toBe(
      'BAD_USER_INPUT',
    );

    const COMMENTS =
      'query ($id: ID!) { knowledgePost(id: $id) { commentCount comments(first: 10) { edges { node { id body canDelete author { email } } } } } }';
    const read = await manager.ok<{
      knowledgePost: {
        commentCount: number;
        comments: { edges: { node: { id: string; canDelete: boolean } }[] };
      };
    }>(COMMENTS, { id: post.id });
    expect(read.knowledgePost.commentCount).toBe(2);
    expect(read.knowledgePost.comments.edges.map((e) => [e.node.id, e.node.canDelete])).toEqual([
      [c1.id, true],
      [c2.id, false],
    ]);
    expect(errorCode(await staff.request(DELETE, { id: c1.id }))).toBe('FORBIDDEN');
    expect(
      (
        await manager.ok<{ deleteKnowledgeComment: { commentCount: number } }>(DELETE, {
          id: c1.id,
        })
      ).deleteKnowledgeComment.commentCount,
    ).toBe(1);
    expect(errorCode(await manager.request(DELETE, { id: c1.id }))).toBe('NOT_FOUND');
    expect(
      (await admin.ok<{ deleteKnowledgeComment: { commentCount: number } }>(DELETE, { id: c2.id }))
        .deleteKnowledgeComment.commentCount,
    ).toBe(0);
    expect(
      await countRows(t, 'knowledge_comments', 'post_id = ? AND deleted_at IS NOT NULL', [post.id]),
    ).toBe(2);

    const draft = await createPost(staff);
    expect(errorCode(await manager.request(ADD, { postId: draft.id, body: 'x' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await staff.request(ADD, { postId: draft.id, body: 'x' })).errors?.[0].extensions
        ?.fields?.[0].code,
    ).toBe('post.notPublished');
  });

  it('gates publishing and edits of published posts with the guideline check; search follows publication', async () => {
    const PUBLISH =
      'mutation ($id: ID!, $confirm: Boolean) { publishKnowledgePost(id: $id, confirmFlags: $confirm) { status } }';
    const searchIds = async (q: string) =>
      (
        await manager.ok<{ search: { hits: { id: string; type: string }[] } }>(
          'query ($q: String!) { search(query: $q, types: [KNOWLEDGE_POST]) { hits { id type } } }',
          { q },
        )
      ).search.hits.map((h) => h.id);
    const post = await createPost(staff, {
      title: '経費精算ワークフロー手順書',
      bodyMarkdown: '問い合わせは keiri-contact@example.com まで',
    });
    const confirmations = () =>
      countRows(t, 'content_check_confirmations', 'source_id = ?', [post.id]);
    const refused = await staff.request(PUBLISH, { id: post.id });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].code).toMatch(/^contentCheck\./);
    expect(
      (await staff.ok<{ knowledgePost: Post }>(GET, { id: post.id })).knowledgePost.status,
    ).toBe('DRAFT');
    expect(await confirmations()).toBe(0);
    expect(await searchIds('経費精算ワークフロー')).not.toContain(post.id);

    expect(
      (
        await staff.ok<{ publishKnowledgePost: { status: string } }>(PUBLISH, {
          id: post.id,
          confirm: true,
        })
      ).publishKnowledgePost.status,
    ).toBe('PUBLISHED');
    expect(await confirmations()).toBe(1);
    expect(await searchIds('経費精算ワークフロー')).toContain(post.id);

    // Editing published content is publishing it again: checked, and re-indexed.
    const edit = await staff.request(UPDATE, {
      id: post.id,
      input: { title: '旅費精算フローの手順書' },
    });
    expect(errorCode(edit)).toBe('BAD_USER_INPUT');
    await staff.ok(UPDATE, {
      id: post.id,
      input: { title: '旅費精算フローの手順書', bodyMarkdown: '経理部の窓口へ' },
    });
    expect(await searchIds('旅費精算フロー')).toContain(post.id);
    expect(await searchIds('経費精算ワークフロー')).not.toContain(post.id);
    await transition(staff, 'unpublishKnowledgePost', post.id);
    expect(await searchIds('旅費精算フロー')).not.toContain(post.id);
  });

  it('requires sign-in', async () => {
    expect(errorCode(await t.client().request('{ knowledgePosts { edges { cursor } } }'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.client().request('{ knowledgeTags { tag } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows another organization nothing, and lets it change nothing', async () => {
    const post = await publishedPost(staff, { title: '社外秘ナレッジ', tags: ['社外秘'] });
    const comment = (
      await manager.ok<{ addKnowledgeComment: { id: string } }>(
        'mutation ($postId: ID!) { addKnowledgeComment(postId: $postId, body: "社内コメント") { id } }',
        { postId: post.id },
      )
    ).addKnowledgeComment;
    const other = await createOrganization(t.dataSource, 'knowledge-other');
    const outsider = t.client();
    await outsider.login(other.adminEmail, TEST_PASSWORD);

    expect(errorCode(await outsider.request(GET, { id: post.id }))).toBe('NOT_FOUND');
    expect(ids(await list(outsider))).toEqual([]);
    expect(ids(await list(outsider, { status: 'ARCHIVED' }))).toEqual([]);
    expect(
      (await outsider.ok<{ knowledgeTags: unknown[] }>('{ knowledgeTags { tag count } }'))
        .knowledgeTags,
    ).toEqual([]);
    expect(errorCode(await outsider.request(REVISIONS, { postId: post.id }))).toBe('NOT_FOUND');
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE, { id: post.id, input: { title: '乗っ取り' } }],
      ['mutation ($id: ID!) { publishKnowledgePost(id: $id) { id } }', { id: post.id }],
      ['mutation ($id: ID!) { unpublishKnowledgePost(id: $id) { id } }', { id: post.id }],
      ['mutation ($id: ID!) { archiveKnowledgePost(id: $id) { id } }', { id: post.id }],
      [
        'mutation ($id: ID!, $o: ID!) { transferKnowledgePostOwner(id: $id, ownerId: $o) { id } }',
        { id: post.id, o: post.author.id },
      ],
      [
        'mutation ($id: ID!, $k: String!) { confirmKnowledgeReview(id: $id, idempotencyKey: $k) { id } }',
        { id: post.id, k: key() },
      ],
      [
        'mutation ($id: ID!, $k: String!) { likeKnowledgePost(id: $id, idempotencyKey: $k) { id } }',
        { id: post.id, k: key() },
      ],
      ['mutation ($id: ID!) { unlikeKnowledgePost(id: $id) { id } }', { id: post.id }],
      [
        'mutation ($id: ID!) { addKnowledgeComment(postId: $id, body: "外部") { id } }',
        { id: post.id },
      ],
      ['mutation ($id: ID!) { deleteKnowledgeComment(id: $id) { id } }', { id: comment.id }],
    ];
    for (const [query, variables] of attempts) {
      expect([query.slice(0, 40), errorCode(await outsider.request(query, variables))]).toEqual([
        query.slice(0, 40),
        'NOT_FOUND',
      ]);
    }
    expect(errorCode(await recordView(outsider, post.id))).toBe('NOT_FOUND');

    const mine = await publishedPost(outsider, { title: '他社のナレッジ', tags: ['社外秘'] });
    expect(errorCode(await staff.request(GET, { id: mine.id }))).toBe('NOT_FOUND');
    expect(ids(await list(staff, { tag: '社外秘' }))).toEqual([post.id]);
    const after = await staff.ok<{ knowledgePost: Post }>(GET, { id: post.id });
    expect(after.knowledgePost).toMatchObject({
      title: '社外秘ナレッジ',
      status: 'PUBLISHED',
      viewCount: 0,
      likeCount: 0,
      commentCount: 1,
    });
  });
});
