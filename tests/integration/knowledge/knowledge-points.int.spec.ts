import { defaultReviewBy, localDate } from '@chienowa/domain';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { KnowledgePostEntity } from '../../../apps/api/src/modules/knowledge/entities/knowledge-post.entity';
import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  allTimePoints,
  countRows,
  createPost,
  history,
  key,
  POST_FIELDS,
  publishedPost,
  RECORD_VIEW,
  recordView,
  ruleOf,
  signedIn,
  transition,
  type Post,
} from './knowledge-support';

const LIKE = `mutation ($id: ID!, $key: String!) { likeKnowledgePost(id: $id, idempotencyKey: $key) { likeCount likedByMe } }`;
const UNLIKE = 'mutation ($id: ID!) { unlikeKnowledgePost(id: $id) { likeCount likedByMe } }';
const REVIEW = `mutation ($id: ID!, $key: String!) { confirmKnowledgeReview(id: $id, idempotencyKey: $key) { ${POST_FIELDS} } }`;

/**
 * Points earned through knowledge posts, read back as the author sees them (myPoints totals and
 * history). Expected values come from the organization's point rules, not from constants.
 */
describe('knowledge posts and points', () => {
  let t: TestApp;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;

  const today = () => localDate(new Date(), 'Asia/Tokyo');

  /** Makes a published post due for review (its review-by date in the past), as time would. */
  async function makeDue(post: Post): Promise<void> {
    const rows: { organization_id: string }[] = await t.dataSource.query(
      'SELECT organization_id FROM knowledge_posts WHERE id = ?',
      [post.id],
    );
    await t.app
      .get(TenantDataSource)
      .scope({ organizationId: rows[0].organization_id })
      .repo(KnowledgePostEntity)
      .update({ id: post.id }, { reviewBy: '2020-01-31' });
  }

  beforeAll(async () => {
    t = await startTestApp();
    [staff, manager, admin] = await Promise.all([
      signedIn(t, 'staff@example.com'),
      signedIn(t, 'manager@example.com'),
      signedIn(t, 'admin@example.com'),
    ]);
  });
  afterAll(() => t.close());

  it('awards the configured knowledgePublished points on publish and reverses them on unpublish', async () => {
    const rule = await ruleOf(staff, 'knowledgePublished');
    expect(rule.points).toBeGreaterThan(0);
    const before = await allTimePoints(staff);
    const draft = await createPost(staff, { title: '議事録要約のコツ（公開テスト）' });
    expect(await allTimePoints(staff)).toBe(before);

    await transition(staff, 'publishKnowledgePost', draft.id);
    expect(await allTimePoints(staff)).toBe(before + rule.points);
    const [award] = await history(staff);
    expect(award).toMatchObject({
      points: rule.points,
      kind: 'knowledgePublished',
      sourceId: draft.id,
      reversesEntryId: null,
    });
    expect(award.description).toContain('議事録要約のコツ（公開テスト）');

    await transition(staff, 'unpublishKnowledgePost', draft.id);
    expect(await allTimePoints(staff)).toBe(before);
    const lines = (await history(staff)).filter((l) => l.sourceId === draft.id);
    expect(lines.map((l) => l.points)).toEqual([-rule.points, rule.points]);
    expect(lines[0].reversesEntryId).not.toBeNull();
    expect(lines[0].description).toContain('取り消し');

    // Publishing again pays again (net one award while published); archiving reverses it.
    await transition(staff, 'publishKnowledgePost', draft.id);
    expect(await allTimePoints(staff)).toBe(before + rule.points);
    await transition(staff, 'archiveKnowledgePost', draft.id);
    expect(await allTimePoints(staff)).toBe(before);
    expect((await history(staff)).filter((l) => l.sourceId === draft.id)).toHaveLength(4);
    // An admin publishing someone's post credits the author, not the admin.
    const adminBefore = await allTimePoints(admin);
    await transition(admin, 'publishKnowledgePost', draft.id);
    expect(await allTimePoints(staff)).toBe(before + rule.points);
    expect(await allTimePoints(admin)).toBe(adminBefore);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('counts a colleague’s view once per day, never the author’s own, and replays retries', async () => {
    const view = await ruleOf(staff, 'viewReceived');
    const post = await publishedPost(staff, { title: '閲覧テスト' });
    const other = await publishedPost(staff, { title: '閲覧テスト2' });
    const before = await allTimePoints(staff);
    const usage = () =>
      countRows(t, 'usage_events', "source_id = ? AND kind = 'viewReceived'", [post.id]);

    const firstKey = key();
    const first = await recordView(manager, post.id, firstKey);
    expect(first.data?.recordView).toEqual({ counted: true, viewCount: 1 });
    expect(await allTimePoints(staff)).toBe(before + view.points);
    expect((await history(staff))[0].description).toContain('閲覧テスト');

    expect((await recordView(manager, post.id)).data?.recordView).toEqual({
      counted: false,
      viewCount: 1,
    });
    expect((await recordView(staff, post.id)).data?.recordView).toEqual({
      counted: false,
      viewCount: 1,
    });
    expect(await allTimePoints(staff)).toBe(before + view.points);
    expect(await usage()).toBe(3);

    // A retry with the first key returns the first answer and records nothing more.
    expect((await recordView(manager, post.id, firstKey)).data?.recordView).toEqual({
      counted: true,
      viewCount: 1,
    });
    expect(await usage()).toBe(3);
    const conflict = await recordView(manager, other.id, firstKey);
    expect(errorCode(conflict)).toBe('BAD_USER_INPUT');
    expect(conflict.errors?.[0].extensions?.fields?.[0].code).toBe('idempotencyKey.conflict');
    expect(errorCode(await recordView(manager, post.id, 'bad'))).toBe('BAD_USER_INPUT');
    expect(await allTimePoints(staff)).toBe(before + view.points);
    expect(
      await countRows(t, 'usage_events', "source_id = ? AND kind = 'viewReceived'", [other.id]),
    ).toBe(0);

    const draft = await createPost(staff);
    expect(errorCode(await recordView(manager, draft.id))).toBe('NOT_FOUND');
    expect((await recordView(staff, draft.id)).errors?.[0].extensions?.fields?.[0].code).toBe(
      'post.notPublished',
    );
    const read = await manager.ok<{ knowledgePost: Post }>(
      `query ($id: ID!) { knowledgePost(id: $id) { ${POST_FIELDS} } }`,
      {
        id: post.id,
      },
    );
    expect(read.knowledgePost.viewCount).toBe(1);
  });

  it('pays likeReceived once per colleague and post, never for self-likes; unlike keeps the points', async () => {
    const like = await ruleOf(staff, 'likeReceived');
    const post = await publishedPost(staff, { title: 'いいねテスト' });
    const before = await allTimePoints(staff);
    const likeKey = key();
    const liked = await manager.ok<{
      likeKnowledgePost: { likeCount: number; likedByMe: boolean };
    }>(LIKE, {
      id: post.id,
      key: likeKey,
    });
    expect(liked.likeKnowledgePost).toEqual({ likeCount: 1, likedByMe: true });
    expect(await allTimePoints(staff)).toBe(before + like.points);
    expect((await history(staff))[0]).toMatchObject({ kind: 'likeReceived', points: like.points });

    // Retry and a second like: no change.
    await manager.ok(LIKE, { id: post.id, key: likeKey });
    expect(
      (
        await manager.ok<{ likeKnowledgePost: { likeCount: number } }>(LIKE, {
          id: post.id,
          key: key(),
        })
      ).likeKnowledgePost.likeCount,
    ).toBe(1);
    const unliked = await manager.ok<{
      unlikeKnowledgePost: { likeCount: number; likedByMe: boolean };
    }>(UNLIKE, { id: post.id });
    expect(unliked.unlikeKnowledgePost).toEqual({ likeCount: 0, likedByMe: false });
    expect(await allTimePoints(staff)).toBe(before + like.points);
    // Liking again counts the like, but never pays twice.
    expect(
      (
        await manager.ok<{ likeKnowledgePost: { likeCount: number } }>(LIKE, {
          id: post.id,
          key: key(),
        })
      ).likeKnowledgePost.likeCount,
    ).toBe(1);
    expect(await allTimePoints(staff)).toBe(before + like.points);
    // The author's own like earns nothing.
    expect(
      (
        await staff.ok<{ likeKnowledgePost: { likeCount: number; likedByMe: boolean } }>(LIKE, {
          id: post.id,
          key: key(),
        })
      ).likeKnowledgePost,
    ).toEqual({
      likeCount: 2,
      likedByMe: true,
    });
    expect(await allTimePoints(staff)).toBe(before + like.points);
    expect(
      await countRows(t, 'usage_events', "source_id = ? AND kind = 'likeReceived'", [post.id]),
    ).toBe(3);
    const draft = await createPost(staff);
    expect(
      (await staff.request(LIKE, { id: draft.id, key: key() })).errors?.[0].extensions?.fields?.[0]
        .code,
    ).toBe('post.notPublished');
  });

  it('pays the owner for reviewing a post past its review date, once, and restarts the date', async () => {
    const reviewed = await ruleOf(staff, 'knowledgeReviewed');
    const post = await publishedPost(staff, { title: '見直しテスト' });
    const notDue = await staff.request(REVIEW, { id: post.id, key: key() });
    expect(notDue.errors?.[0].extensions?.fields?.[0].code).toBe('review.notDue');
    await makeDue(post);
    const due = await manager.ok<{ knowledgePosts: { edges: { node: { id: string } }[] } }>(
      '{ knowledgePosts(filter: { needsReview: true }) { edges { node { id } } } }',
    );
    expect(due.knowledgePosts.edges.map((e) => e.node.id)).toContain(post.id);
    expect(errorCode(await manager.request(REVIEW, { id: post.id, key: key() }))).toBe('FORBIDDEN');

    const before = await allTimePoints(staff);
    const reviewKey = key();
    const done = await staff.ok<{ confirmKnowledgeReview: Post }>(REVIEW, {
      id: post.id,
      key: reviewKey,
    });
    expect(done.confirmKnowledgeReview).toMatchObject({
      needsReview: false,
      reviewBy: defaultReviewBy(today()),
    });
    expect(done.confirmKnowledgeReview.lastReviewedAt).not.toBeNull();
    expect(await allTimePoints(staff)).toBe(before + reviewed.points);
    expect((await history(staff))[0]).toMatchObject({
      kind: 'knowledgeReviewed',
      sourceId: post.id,
    });
    // The retry replays; a new confirmation is refused (no longer due).
    await staff.ok(REVIEW, { id: post.id, key: reviewKey });
    expect(
      (await staff.request(REVIEW, { id: post.id, key: key() })).errors?.[0].extensions?.fields?.[0]
        .code,
    ).toBe('review.notDue');
    expect(await allTimePoints(staff)).toBe(before + reviewed.points);

    // Updating a due post is a review too.
    const edited = await publishedPost(staff, { title: '更新で見直し' });
    await makeDue(edited);
    const mid = await allTimePoints(staff);
    await staff.ok(
      'mutation ($id: ID!) { updateKnowledgePost(id: $id, input: { bodyMarkdown: "最新の手順に更新" }) { id } }',
      {
        id: edited.id,
      },
    );
    expect(await allTimePoints(staff)).toBe(mid + reviewed.points);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('lets anyone review an orphaned post (owner inactive) and pays the reviewer', async () => {
    const reviewed = await ruleOf(manager, 'knowledgeReviewed');
    const owner = await signedIn(t, 'megumi.goto@example.com');
    const post = await publishedPost(owner, { title: '退職者のナレッジ' });
    await makeDue(post);
    expect(errorCode(await manager.request(REVIEW, { id: post.id, key: key() }))).toBe('FORBIDDEN');
    await admin.ok('mutation ($id: ID!) { deactivateMember(id: $id) { id } }', {
      id: post.owner.id,
    });
    try {
      // The manager has reviewed nothing today (staff already hit the daily cap above).
      const before = await allTimePoints(manager);
      await manager.ok(REVIEW, { id: post.id, key: key() });
      expect(await allTimePoints(manager)).toBe(before + reviewed.points);
      expect((await history(manager))[0]).toMatchObject({
        kind: 'knowledgeReviewed',
        sourceId: post.id,
      });
    } finally {
      await admin.ok('mutation ($id: ID!) { reactivateMember(id: $id) { id } }', {
        id: post.owner.id,
      });
    }
  });

  it('answers each view of a group-committed batch on its own: bad ones fail alone, nothing is lost', async () => {
    // Members no other test of this file uses: their earnings and caps start clean.
    const author = await signedIn(t, 'koji.fukuda@example.com');
    const viewers = await Promise.all(
      ['mai.shimizu', 'naoki.mori', 'rina.fujita'].map((n) => signedIn(t, `${n}@example.com`)),
    );
    const post = await publishedPost(author, { title: 'まとめて記録される閲覧' });
    const draft = await createPost(author, { title: '下書き' });
    const reused = key();
    await recordView(viewers[0], post.id, reused);
    // Sent together, so they share transactions: valid views, a draft, an unknown post, a
    // malformed key, a key already used for another post, and one request sent twice.
    const twice = key();
    const calls = [
      recordView(viewers[1], post.id),
      recordView(viewers[2], draft.id),
      recordView(viewers[2], '00000000-0000-7000-8000-0000000000ff'),
      recordView(viewers[1], post.id, 'bad'),
      recordView(viewers[0], draft.id, reused),
      recordView(viewers[2], post.id, twice),
      recordView(viewers[2], post.id, twice),
      recordView(author, post.id),
    ];
    const [ok, onDraft, unknown, badKey, conflict, first, retry, own] = await Promise.all(calls);
    expect(ok.data?.recordView).toEqual({ counted: true, viewCount: expect.any(Number) });
    expect(errorCode(onDraft)).toBe('NOT_FOUND');
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(errorCode(badKey)).toBe('BAD_USER_INPUT');
    expect(errorCode(conflict)).toBe('BAD_USER_INPUT');
    expect(first.data?.recordView.counted).toBe(true);
    expect(retry.data?.recordView).toEqual(first.data?.recordView);
    expect(own.data?.recordView.counted).toBe(false);
    const read = await author.ok<{ knowledgePost: { viewCount: number } }>(
      'query ($id: ID!) { knowledgePost(id: $id) { viewCount } }',
      { id: post.id },
    );
    expect(read.knowledgePost.viewCount).toBe(3);
    // Executed views only: three colleagues and the author (the retry replayed).
    expect(
      await countRows(t, 'usage_events', "source_id = ? AND kind = 'viewReceived'", [post.id]),
    ).toBe(4);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('replays a retried view sent with new ones, and after its post was unpublished', async () => {
    const author = await signedIn(t, 'koji.fukuda@example.com');
    const [a, b] = await Promise.all(
      ['mai.shimizu', 'naoki.mori'].map((n) => signedIn(t, `${n}@example.com`)),
    );
    const post = await publishedPost(author, { title: '再送される閲覧' });
    const other = await publishedPost(author, { title: '同じ束で記録される閲覧' });
    const k = key();
    const first = await recordView(a, post.id, k);
    expect(first.data?.recordView).toEqual({ counted: true, viewCount: 1 });
    // Batches are written without looking their keys up first: the stored key sends the
    // batch back for a rerun with the lookup, and the new views are still recorded once.
    const [retry, new1, new2] = await Promise.all([
      recordView(a, post.id, k),
      recordView(a, other.id),
      recordView(b, other.id),
    ]);
    expect(retry.data?.recordView).toEqual(first.data?.recordView);
    expect(new1.data?.recordView.counted).toBe(true);
    expect(new2.data?.recordView.counted).toBe(true);
    const views = (id: string) =>
      countRows(t, 'usage_events', "source_id = ? AND kind = 'viewReceived'", [id]);
    expect(await views(post.id)).toBe(1);
    expect(await views(other.id)).toBe(2);
    // Unpublished since: the retry still gets its first answer; a new view is refused.
    await transition(author, 'unpublishKnowledgePost', post.id);
    const [late, refused] = await Promise.all([recordView(a, post.id, k), recordView(b, post.id)]);
    expect(late.data?.recordView).toEqual(first.data?.recordView);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(await views(post.id)).toBe(1);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('moves the search popularity of every post a batch of views touched, each to its own count', async () => {
    const author = await signedIn(t, 'koji.fukuda@example.com');
    const viewers = await Promise.all(
      ['mai.shimizu', 'naoki.mori', 'rina.fujita'].map((n) => signedIn(t, `${n}@example.com`)),
    );
    const posts = await Promise.all(
      ['人気度 A', '人気度 B', '人気度 C'].map((title) => publishedPost(author, { title })),
    );
    // Sent together (one batch): post A gets three colleagues' views, B two, C one.
    const views = posts.flatMap((post, i) =>
      viewers.slice(0, 3 - i).map((viewer) => recordView(viewer, post.id)),
    );
    expect((await Promise.all(views)).flatMap((r) => r.errors ?? [])).toEqual([]);
    const rows: { doc_id: string; popularity: number | string }[] = await t.dataSource.query(
      `SELECT doc_id, popularity FROM search_documents WHERE doc_type = 'knowledgePost' AND doc_id IN (?, ?, ?)`,
      posts.map((p) => p.id),
    );
    const stored = new Map(rows.map((r) => [r.doc_id, Number(r.popularity)]));
    expect(posts.map((p) => stored.get(p.id))).toEqual([3, 2, 1]);
  });

  it('keeps exact totals under a storm of 200 concurrent views with retries (zero ledger drift)', async () => {
    const cap = 6;
    const original = await ruleOf(admin, 'viewReceived');
    await admin.ok(
      'mutation ($cap: Int) { updatePointRules(input: [{ kind: "viewReceived", dailyCap: $cap }]) { version } }',
      { cap },
    );
    try {
      const author = await signedIn(t, 'kenji.watanabe@example.com');
      const viewerEmails = [
        'taro.yamada',
        'ichiro.takahashi',
        'hanako.yoshida',
        'emily.carter',
        'yumi.ito',
        'daisuke.kobayashi',
        'sakura.kato',
        'ryo.matsumoto',
        'aoi.inoue',
        'haruto.kimura',
      ].map((n) => `${n}@example.com`);
      const viewers = await Promise.all(viewerEmails.map((e) => signedIn(t, e)));
      const post = await publishedPost(author, { title: '人気のナレッジ' });
      const before = await allTimePoints(author);

      // Each viewer sends 9 different keys, each twice (a retry); the author views too.
      const calls: { client: GraphQLClient; key: string; own: boolean }[] = [];
      for (const client of viewers) {
        for (let i = 0; i < 9; i += 1) {
          const k = key();
          calls.push({ client, key: k, own: false }, { client, key: k, own: false });
        }
      }
      for (let i = 0; i < 10; i += 1) {
        const k = key();
        calls.push({ client: author, key: k, own: true }, { client: author, key: k, own: true });
      }
      expect(calls).toHaveLength(200);
      // Deterministic shuffle, so retries and viewers interleave.
      for (let i = calls.length - 1; i > 0; i -= 1) {
        const j = (i * 7919) % (i + 1);
        [calls[i], calls[j]] = [calls[j], calls[i]];
      }
      const results = await Promise.all(
        calls.map(async (c) => ({
          ...c,
          res: await c.client.request<{ recordView: { counted: boolean } }>(RECORD_VIEW, {
            postId: post.id,
            key: c.key,
          }),
        })),
      );
      expect(results.flatMap((r) => r.res.errors ?? [])).toEqual([]);
      // Per viewer exactly one key counted, and its retry replayed the same answer.
      expect(results.filter((r) => r.res.data?.recordView.counted)).toHaveLength(
        viewers.length * 2,
      );
      expect(results.filter((r) => r.own && r.res.data?.recordView.counted)).toHaveLength(0);
      const byKey = new Map<string, boolean[]>();
      for (const r of results)
        byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.res.data!.recordView.counted]);
      expect([...byKey.values()].every(([a, b]) => a === b)).toBe(true);

      expect(await allTimePoints(author)).toBe(
        before + Math.min(viewers.length * original.points, cap),
      );
      const read = await author.ok<{ knowledgePost: { viewCount: number } }>(
        'query ($id: ID!) { knowledgePost(id: $id) { viewCount } }',
        {
          id: post.id,
        },
      );
      expect(read.knowledgePost.viewCount).toBe(viewers.length);
      // Every executed view is a usage event (retries replay and add none).
      expect(
        await countRows(t, 'usage_events', "source_id = ? AND kind = 'viewReceived'", [post.id]),
      ).toBe(100);
      const verification = await verifyLedger(t.dataSource);
      expect(verification.drift).toEqual([]);
      expect(verification.entries).toBeGreaterThan(0);
    } finally {
      await admin.ok(
        'mutation ($cap: Int) { updatePointRules(input: [{ kind: "viewReceived", dailyCap: $cap }]) { version } }',
        {
          cap: original.dailyCap,
        },
      );
    }
  });
});
