import { v7 as uuidv7 } from 'uuid';
import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { LedgerEntryEntity } from '../../../apps/api/src/modules/points/entities/ledger-entry.entity';
import { UsageEventEntity } from '../../../apps/api/src/modules/points/entities/usage-event.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { FeedItemEntity } from '../../../apps/api/src/modules/recognition/entities/feed-item.entity';
import { KudosEntity } from '../../../apps/api/src/modules/recognition/entities/kudos.entity';
import { NotificationEntity } from '../../../apps/api/src/modules/recognition/entities/notification.entity';
import { createOrganization } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const GIVE = `mutation G($input: GiveKudosInput!) {
  giveKudos(input: $input) { id message points reversedAt giver { email } receiver { email } value { label } }
}`;
const FEED = `query F($filter: FeedFilter, $first: Int, $after: String) {
  feed(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id type actor { email } subject { email }
      kudos { id message valueLabel points }
      reactions { emoji count reactedByMe } commentCount comments(last: 2) { body author { email } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Kudos = { id: string; message: string; points: number; reversedAt: string | null };
type FeedNode = {
  id: string;
  type: string;
  actor: { email: string } | null;
  subject: { email: string } | null;
  kudos: { id: string; message: string; valueLabel: string; points: number } | null;
  reactions: { emoji: string; count: number; reactedByMe: boolean }[];
  commentCount: number;
  comments: { body: string; author: { email: string } }[];
};
type FeedPage = {
  feed: {
    edges: { cursor: string; node: FeedNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('kudos, feed, reactions, comments, notifications', () => {
  let t: TestApp;
  let bus: ActivityBus;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let hr: GraphQLClient;
  let taro: GraphQLClient;
  const ids: Record<string, string> = {};
  let valueId: string;
  let otherOrgMemberId: string;

  const member = (email: string) =>
    t.dataSource.getRepository(MemberEntity).findOneByOrFail({ email });
  const give = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ giveKudos: Kudos }>(GIVE, { input: { valueId, ...input } });
  const kudosPoints = async (memberId: string) => {
    const rows = await t.dataSource
      .getRepository(LedgerEntryEntity)
      .findBy({ memberId, kind: 'kudosReceived' });
    return rows.reduce((sum, r) => sum + r.points, 0);
  };
  const counts = async () => ({
    kudos: await t.dataSource.getRepository(KudosEntity).count(),
    ledger: await t.dataSource.getRepository(LedgerEntryEntity).countBy({ kind: 'kudosReceived' }),
    feed: await t.dataSource.getRepository(FeedItemEntity).countBy({ type: 'kudos' }),
    notifications: await t.dataSource
      .getRepository(NotificationEntity)
      .countBy({ type: 'kudosReceived' }),
  });
  const fieldCodes = (res: { errors?: { extensions?: { fields?: { code: string }[] } }[] }) =>
    res.errors?.[0]?.extensions?.fields?.map((f) => f.code) ?? [];

  beforeAll(async () => {
    t = await startTestApp();
    bus = t.app.get(ActivityBus);
    const login = async (email: string) => {
      const c = t.client();
      await c.login(email);
      ids[email] = (await member(email)).id;
      return c;
    };
    staff = await login('staff@example.com');
    manager = await login('manager@example.com');
    admin = await login('admin@example.com');
    hr = await login('hr@example.com');
    taro = await login('taro.yamada@example.com');
    const other = await createOrganization(t.dataSource, 'other-kudos');
    otherOrgMemberId = (await member(other.adminEmail)).id;
  });
  afterAll(() => t.close());

  it('seeds three organization values and lets admins manage them', async () => {
    const { recognitionValues } = await staff.ok<{
      recognitionValues: { id: string; label: string; labelEn: string; archived: boolean }[];
    }>('{ recognitionValues { id label labelEn archived } }');
    expect(recognitionValues.map((v) => v.label)).toEqual(['挑戦', '協力', '顧客第一']);
    valueId = recognitionValues[0].id;

    const denied = await staff.request('mutation { createRecognitionValue(label: "誠実") { id } }');
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const created = await admin.ok<{ createRecognitionValue: { id: string; position: number } }>(
      'mutation { createRecognitionValue(label: " 誠実 ", labelEn: "Integrity") { id position } }',
    );
    const dup = await admin.request('mutation { createRecognitionValue(label: "誠実") { id } }');
    expect(fieldCodes(dup)).toEqual(['recognitionValue.duplicate']);
    await admin.ok(
      'mutation A($id: ID!) { setRecognitionValueArchived(id: $id, archived: true) { archived } }',
      { id: created.createRecognitionValue.id },
    );
    const after = await staff.ok<{ recognitionValues: { label: string }[] }>(
      '{ recognitionValues { label } }',
    );
    expect(after.recognitionValues.map((v) => v.label)).toEqual(['挑戦', '協力', '顧客第一']);
    const reordered = await admin.ok<{ reorderRecognitionValues: { label: string }[] }>(
      'mutation O($ids: [ID!]!) { reorderRecognitionValues(ids: $ids) { label } }',
      { ids: [...recognitionValues].reverse().map((v) => v.id) },
    );
    expect(reordered.reorderRecognitionValues.map((v) => v.label)).toEqual([
      '顧客第一',
      '協力',
      '挑戦',
    ]);
    const partial = await admin.request(
      'mutation O($ids: [ID!]!) { reorderRecognitionValues(ids: $ids) { label } }',
      { ids: [valueId] },
    );
    expect(fieldCodes(partial)).toEqual(['recognitionValue.invalidOrder']);
    // Kudos cannot use an archived value.
    const archived = await give(staff, {
      receiverId: ids['manager@example.com'],
      valueId: created.createRecognitionValue.id,
      message: 'ありがとう',
    });
    expect(fieldCodes(archived)).toEqual(['kudos.unknownValue']);
  });

  it('gives kudos: points to the receiver, a feed item, a notification and the unread count', async () => {
    const before = await kudosPoints(ids['manager@example.com']);
    const res = await give(staff, {
      receiverId: ids['manager@example.com'],
      message: '  提案書のレビュー、ありがとうございました！  ',
    });
    expect(res.errors).toBeUndefined();
    const kudos = res.data!.giveKudos;
    expect(kudos).toMatchObject({
      message: '提案書のレビュー、ありがとうございました！',
      points: 3,
      giver: { email: 'staff@example.com' },
      receiver: { email: 'manager@example.com' },
      value: { label: '挑戦' },
    });
    expect(await kudosPoints(ids['manager@example.com'])).toBe(before + 3);
    await bus.drain();

    const budget = await staff.ok<{
      myKudosBudget: { budget: number; used: number; remaining: number };
    }>('{ myKudosBudget { budget used remaining } }');
    expect(budget.myKudosBudget).toEqual({ budget: 10, used: 1, remaining: 9 });

    const feed = await manager.ok<FeedPage>(FEED, {});
    const item = feed.feed.edges.find((e) => e.node.kudos?.id === kudos.id)!.node;
    expect(item).toMatchObject({
      type: 'KUDOS',
      actor: { email: 'staff@example.com' },
      subject: { email: 'manager@example.com' },
      kudos: { message: kudos.message, valueLabel: '挑戦', points: 3 },
      reactions: [],
      commentCount: 0,
    });

    const unread = () =>
      manager
        .ok<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')
        .then((r) => r.unreadNotificationCount);
    const list = await manager.ok<{
      notifications: {
        edges: {
          node: {
            id: string;
            type: string;
            read: boolean;
            kudos: { id: string };
            actor: { email: string };
          };
        }[];
      };
    }>(
      '{ notifications(first: 10) { edges { node { id type read kudos { id } actor { email } } } } }',
    );
    const note = list.notifications.edges.find((e) => e.node.type === 'KUDOS_RECEIVED')!.node;
    expect(note).toMatchObject({
      read: false,
      kudos: { id: kudos.id },
      actor: { email: 'staff@example.com' },
    });
    const unreadBefore = await unread();
    expect(unreadBefore).toBeGreaterThanOrEqual(1);

    // Someone else cannot mark it; the receiver can.
    const foreign = await staff.request(
      'mutation M($id: ID!) { markNotificationRead(id: $id) { id } }',
      {
        id: note.id,
      },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const read = await manager.ok<{ markNotificationRead: { read: boolean } }>(
      'mutation M($id: ID!) { markNotificationRead(id: $id) { read } }',
      { id: note.id },
    );
    expect(read.markNotificationRead.read).toBe(true);
    expect(await unread()).toBe(unreadBefore - 1);
    await manager.ok('mutation { markAllNotificationsRead }');
    expect(await unread()).toBe(0);
  });

  it('refuses bad kudos with clear codes and writes nothing', async () => {
    const before = await counts();
    const self = await give(staff, { receiverId: ids['staff@example.com'], message: 'わたし' });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(self)).toEqual(['kudos.self']);
    const empty = await give(staff, { receiverId: ids['manager@example.com'], message: '   ' });
    expect(fieldCodes(empty)).toEqual(['kudos.messageRequired']);
    const long = await give(staff, {
      receiverId: ids['manager@example.com'],
      message: 'あ'.repeat(501),
    });
    expect(fieldCodes(long)).toEqual(['kudos.messageTooLong']);
    const foreign = await give(staff, { receiverId: otherOrgMemberId, message: 'ありがとう' });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(foreign)).toEqual(['kudos.receiverNotFound']);
    const unknownValue = await give(staff, {
      receiverId: ids['manager@example.com'],
      valueId: uuidv7(),
      message: 'ありがとう',
    });
    expect(fieldCodes(unknownValue)).toEqual(['kudos.unknownValue']);
    await bus.drain();
    expect(await counts()).toEqual(before);
  });

  it('enforces the monthly budget exactly, also under concurrent requests', async () => {
    const denied = await staff.request(
      'mutation { updateRecognitionSettings(monthlyKudosBudget: 3) { monthlyKudosBudget } }',
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    await admin.ok(
      'mutation { updateRecognitionSettings(monthlyKudosBudget: 3) { monthlyKudosBudget } }',
    );
    const invalid = await admin.request(
      'mutation { updateRecognitionSettings(monthlyKudosBudget: 0) { monthlyKudosBudget } }',
    );
    expect(fieldCodes(invalid)).toEqual(['kudos.invalidBudget']);
    const hanako = await member('hanako.yoshida@example.com');
    // hr has 3 left: five concurrent kudos, three pass.
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        give(hr, {
          receiverId: n % 2 ? hanako.id : ids['taro.yamada@example.com'],
          message: `並行 ${n}`,
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(3);
    for (const r of results.filter((x) => x.errors)) {
      expect(fieldCodes(r)).toEqual(['kudos.overBudget']);
    }
    await bus.drain();
    const before = await counts();
    const over = await give(hr, { receiverId: hanako.id, message: 'もう一度' });
    expect(fieldCodes(over)).toEqual(['kudos.overBudget']);
    await bus.drain();
    expect(await counts()).toEqual(before);
    const budget = await hr.ok<{ myKudosBudget: { used: number; remaining: number } }>(
      '{ myKudosBudget { used remaining } }',
    );
    expect(budget.myKudosBudget).toEqual({ used: 3, remaining: 0 });
    await admin.ok(
      'mutation { updateRecognitionSettings(monthlyKudosBudget: 10) { monthlyKudosBudget } }',
    );
  });

  it('damps repeated pairs and caps credits per receiver and week', async () => {
    // manager → taro: full, full, half (pair damping), then the weekly per-target cap (3 paid).
    const points: number[] = [];
    for (const n of [1, 2, 3, 4]) {
      const r = await give(manager, {
        receiverId: ids['taro.yamada@example.com'],
        message: `感謝 ${n}`,
      });
      expect(r.errors).toBeUndefined();
      points.push(r.data!.giveKudos.points);
    }
    expect(points).toEqual([3, 3, 1, 0]);
    const capped = await t.dataSource.getRepository(UsageEventEntity).findBy({
      kind: 'kudosReceived',
      actorId: ids['manager@example.com'],
      earnerId: ids['taro.yamada@example.com'],
    });
    expect(capped.map((u) => u.uncountedReason)).toEqual([null, null, null, 'perTargetCap']);
    // taro → manager: the pair already exchanged four kudos in 30 days: nothing more.
    const back = await give(taro, {
      receiverId: ids['manager@example.com'],
      message: 'こちらこそ',
    });
    expect(back.data!.giveKudos.points).toBe(0);
  });

  it('caps likes per receiver and week exactly under concurrency (ledger)', async () => {
    const db = t.app.get(TenantDataSource);
    const ledger = t.app.get(PointsLedgerService);
    const actor = await member('ichiro.takahashi@example.com');
    const earner = await member('hanako.yoshida@example.com');
    const at = new Date();
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => {
        const postId = uuidv7();
        return db.transaction(earner, (scope) =>
          ledger.record(
            scope,
            {
              kind: 'likeReceived',
              earnerId: earner.id,
              actorId: actor.id,
              sourceType: 'knowledgePost',
              sourceId: postId,
              occurredAt: at,
            },
            `test-like:${postId}`,
          ),
        );
      }),
    );
    expect(results.filter((r) => r.counted)).toHaveLength(3);
    expect(results.filter((r) => !r.counted && r.reason === 'perTargetCap')).toHaveLength(3);
  });

  it('is idempotent per key', async () => {
    const key = uuidv7();
    const input = {
      receiverId: ids['admin@example.com'],
      message: '同じリクエスト',
      idempotencyKey: key,
    };
    const first = await give(taro, input);
    const second = await give(taro, input);
    expect(second.data!.giveKudos.id).toBe(first.data!.giveKudos.id);
    expect(
      await t.dataSource.getRepository(KudosEntity).countBy({ message: '同じリクエスト' }),
    ).toBe(1);
    const conflict = await give(taro, { ...input, message: '別の内容' });
    expect(fieldCodes(conflict)).toEqual(['idempotencyKey.conflict']);
  });

  it('lets admins reverse a kudos with a reason', async () => {
    const r = await give(admin, { receiverId: ids['hr@example.com'], message: '取り消し予定' });
    const kudos = r.data!.giveKudos;
    await bus.drain();
    const before = await kudosPoints(ids['hr@example.com']);
    const feedKeys = () =>
      t.dataSource.getRepository(FeedItemEntity).countBy({ sourceKey: `kudos:${kudos.id}` });
    expect(await feedKeys()).toBe(1);

    const REVERSE =
      'mutation R($id: ID!, $reason: String!) { reverseKudos(id: $id, reason: $reason) { id reversedAt reversalReason } }';
    expect(errorCode(await staff.request(REVERSE, { id: kudos.id, reason: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(fieldCodes(await admin.request(REVERSE, { id: kudos.id, reason: '  ' }))).toEqual([
      'kudos.reasonRequired',
    ]);
    expect(errorCode(await admin.request(REVERSE, { id: uuidv7(), reason: '誤り' }))).toBe(
      'NOT_FOUND',
    );
    const done = await admin.ok<{ reverseKudos: { reversedAt: string; reversalReason: string } }>(
      REVERSE,
      {
        id: kudos.id,
        reason: 'テスト投稿のため',
      },
    );
    expect(done.reverseKudos.reversedAt).not.toBeNull();
    expect(done.reverseKudos.reversalReason).toBe('テスト投稿のため');
    expect(await kudosPoints(ids['hr@example.com'])).toBe(before - kudos.points);
    expect(await feedKeys()).toBe(0);
    // A second reversal writes nothing.
    await admin.ok(REVERSE, { id: kudos.id, reason: 'もう一度' });
    expect(await kudosPoints(ids['hr@example.com'])).toBe(before - kudos.points);
  });

  it('toggles reactions, takes comments, and filters and pages the feed', async () => {
    const r = await give(taro, {
      receiverId: ids['staff@example.com'],
      message: 'リアクションしてね',
    });
    await bus.drain();
    const mine = await staff.ok<FeedPage>(FEED, { filter: 'MINE', first: 50 });
    const item = mine.feed.edges.find((e) => e.node.kudos?.id === r.data!.giveKudos.id)!.node;
    expect(
      mine.feed.edges.every((e) =>
        [e.node.actor?.email, e.node.subject?.email].includes('staff@example.com'),
      ),
    ).toBe(true);

    const REACT =
      'mutation R($id: ID!, $e: String!) { reactToFeedItem(itemId: $id, emoji: $e) { reactions { emoji count reactedByMe } } }';
    await staff.ok(REACT, { id: item.id, e: '🎉' });
    const both = await manager.ok<{ reactToFeedItem: { reactions: unknown[] } }>(REACT, {
      id: item.id,
      e: '🎉',
    });
    expect(both.reactToFeedItem.reactions).toEqual([{ emoji: '🎉', count: 2, reactedByMe: true }]);
    const off = await manager.ok<{ reactToFeedItem: { reactions: unknown[] } }>(REACT, {
      id: item.id,
      e: '🎉',
    });
    expect(off.reactToFeedItem.reactions).toEqual([{ emoji: '🎉', count: 1, reactedByMe: false }]);
    expect(fieldCodes(await staff.request(REACT, { id: item.id, e: '😀' }))).toEqual([
      'reaction.unknownEmoji',
    ]);
    expect(errorCode(await staff.request(REACT, { id: uuidv7(), e: '👍' }))).toBe('NOT_FOUND');

    const COMMENT =
      'mutation C($id: ID!, $b: String!) { commentOnFeedItem(itemId: $id, body: $b) { id body author { email } } }';
    expect(fieldCodes(await staff.request(COMMENT, { id: item.id, b: ' ' }))).toEqual([
      'comment.required',
    ]);
    for (const b of ['おめでとう！', 'すごい', 'さすが'])
      await manager.ok(COMMENT, { id: item.id, b });
    const feed = await staff.ok<FeedPage>(FEED, { filter: 'MINE', first: 50 });
    const withComments = feed.feed.edges.find((e) => e.node.id === item.id)!.node;
    expect(withComments.commentCount).toBe(3);
    expect(withComments.comments).toEqual([
      { body: 'すごい', author: { email: 'manager@example.com' } },
      { body: 'さすが', author: { email: 'manager@example.com' } },
    ]);
    expect(withComments.reactions).toEqual([{ emoji: '🎉', count: 1, reactedByMe: true }]);

    // My department (営業1課: staff and taro): items about its members only.
    const dept = await staff.ok<FeedPage>(FEED, { filter: 'MY_DEPARTMENT', first: 50 });
    expect(dept.feed.edges.length).toBeGreaterThan(0);
    expect(
      dept.feed.edges.every((e) =>
        ['staff@example.com', 'taro.yamada@example.com'].includes(e.node.subject?.email ?? ''),
      ),
    ).toBe(true);

    // Keyset pages: newest first, no overlap.
    const p1 = await staff.ok<FeedPage>(FEED, { first: 2 });
    expect(p1.feed.pageInfo.hasNextPage).toBe(true);
    const p2 = await staff.ok<FeedPage>(FEED, { first: 2, after: p1.feed.pageInfo.endCursor });
    const all = await staff.ok<FeedPage>(FEED, { first: 4 });
    expect([...p1.feed.edges, ...p2.feed.edges].map((e) => e.node.id)).toEqual(
      all.feed.edges.map((e) => e.node.id),
    );
  });

  it('turns badge, story, challenge and milestone events into feed items and notifications, once', async () => {
    const org = (await member('staff@example.com')).organizationId;
    const staffId = ids['staff@example.com'];
    const now = new Date();
    const storyId = uuidv7();
    const challengeId = uuidv7();
    const events = [
      {
        type: 'storyReviewed' as const,
        organizationId: org,
        storyId,
        authorId: staffId,
        reviewerId: ids['manager@example.com'],
        decision: 'approved' as const,
        title: '議事録を半自動化',
        comment: 'いいですね',
        occurredAt: now,
      },
      {
        type: 'challengeClosed' as const,
        organizationId: org,
        challengeId,
        title: '11月チャレンジ',
        winners: [{ unitType: 'team' as const, unitId: uuidv7(), name: '営業Aチーム' }],
        winnerMemberIds: [staffId, ids['taro.yamada@example.com']],
        occurredAt: now,
      },
    ];
    // Every event twice: handlers are idempotent.
    for (const e of [...events, ...events]) bus.publish(e);

    // Ten counted reuses of staff's template cross the first milestone.
    const templateId = uuidv7();
    const db = t.app.get(TenantDataSource);
    const scope = db.scope({ organizationId: org });
    await t.dataSource.query(
      `INSERT INTO prompt_templates (id, organization_id, author_id, title, description, category_id, kind, target_tool, body, status, forked_from_id, publish_count, reuse_count, fork_count, created_at, updated_at) VALUES (?, ?, ?, '議事録要約', '', ?, 'fill-in', 'any', 'x', 'published', NULL, 1, 10, 0, ?, ?)`,
      [templateId, org, staffId, uuidv7(), now, now].map((v) =>
        v instanceof Date && t.dialect === 'sqlite'
          ? v.toISOString().replace('T', ' ').replace('Z', '')
          : v,
      ),
    );
    const usage = scope.repo(UsageEventEntity);
    for (let i = 0; i < 10; i += 1) {
      await usage.insert(
        usage.create({
          id: uuidv7(),
          kind: 'templateReused',
          actorId: uuidv7(),
          earnerId: staffId,
          sourceType: 'template',
          sourceId: templateId,
          counted: true,
          uncountedReason: null,
          occurredAt: now,
          localDay: '2026-11-30',
        }),
      );
    }
    const usageEvent = {
      type: 'usage' as const,
      organizationId: org,
      kind: 'templateReused' as const,
      actorId: uuidv7(),
      earnerId: staffId,
      sourceType: 'template' as const,
      sourceId: templateId,
      occurredAt: now,
      counted: true,
      uncountedReason: null,
      points: 5,
    };
    bus.publish(usageEvent);
    bus.publish(usageEvent);
    await bus.drain();

    const feedRepo = t.dataSource.getRepository(FeedItemEntity);
    expect(await feedRepo.countBy({ sourceKey: `story:${storyId}:approved` })).toBe(1);
    expect(await feedRepo.countBy({ sourceKey: `challenge:${challengeId}` })).toBe(1);
    expect(await feedRepo.countBy({ sourceKey: `template-milestone:${templateId}:10` })).toBe(1);
    const notes = t.dataSource.getRepository(NotificationEntity);
    expect(await notes.countBy({ memberId: staffId, type: 'storyApproved' })).toBe(1);
    expect(
      await notes.countBy({ type: 'challengeResult', sourceKey: `challenge:${challengeId}` }),
    ).toBe(2);
    expect(await notes.countBy({ memberId: staffId, type: 'templateMilestone' })).toBe(1);

    const feed = await taro.ok<{
      feed: {
        edges: {
          node: {
            type: string;
            story: { title: string } | null;
            challenge: { title: string; winners: { name: string }[] } | null;
            templateMilestone: { title: string; reuses: number } | null;
          };
        }[];
      };
    }>(
      '{ feed(first: 10) { edges { node { type story { title } challenge { title winners { name } } templateMilestone { title reuses } } } } }',
    );
    const types = feed.feed.edges.map((e) => e.node);
    expect(types).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'STORY_APPROVED', story: { title: '議事録を半自動化' } }),
        expect.objectContaining({
          type: 'CHALLENGE_CLOSED',
          challenge: { title: '11月チャレンジ', winners: [{ name: '営業Aチーム' }] },
        }),
        expect.objectContaining({
          type: 'TEMPLATE_MILESTONE',
          templateMilestone: { title: '議事録要約', reuses: 10 },
        }),
      ]),
    );
  });
});
