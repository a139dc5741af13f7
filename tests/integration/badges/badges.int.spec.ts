import { v7 as uuidv7 } from 'uuid';
import type { PointEvent } from '@chienowa/domain';
import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberBadgeEntity } from '../../../apps/api/src/modules/badges/entities/member-badge.entity';
import { MemberChallengeWinEntity } from '../../../apps/api/src/modules/badges/entities/member-challenge-win.entity';
import { BadgeAwardService } from '../../../apps/api/src/modules/badges/services/badge-award.service';
import { GuidelineAcknowledgementEntity } from '../../../apps/api/src/modules/guideline/entities/guideline.entities';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { DepartmentEntity } from '../../../apps/api/src/modules/organization/entities/department.entity';
import { LedgerEntryEntity } from '../../../apps/api/src/modules/points/entities/ledger-entry.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { isUniqueViolation } from '../../../apps/api/src/database/unique-violation';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

type Progress = {
  badge: { id: string; earned: boolean; earnedTiers: string[]; custom: boolean };
  value: number;
  earned: { tier: string | null; name: string; points: number; reason: string | null }[];
  nextTier: string | null;
  nextThreshold: number | null;
  remaining: number | null;
  complete: boolean;
  message: string | null;
};
const PROGRESS = `badge { id earned earnedTiers custom } value earned { tier name points reason }
  nextTier nextThreshold remaining complete message`;

describe('badges', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let bus: ActivityBus;
  let awards: BadgeAwardService;
  let db: TenantDataSource;
  const members = new Map<string, MemberEntity>();

  const member = async (email: string) => {
    const found =
      members.get(email) ??
      (await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ email }));
    members.set(email, found);
    return found;
  };
  const client = async (email: string) => {
    const c = t.client();
    await c.login(email);
    return c;
  };
  const badgeRows = async (memberId: string, badgeCode: string) =>
    t.dataSource.getRepository(MemberBadgeEntity).findBy({ memberId, badgeCode });
  const badgeLedger = async (memberId: string) =>
    t.dataSource.getRepository(LedgerEntryEntity).findBy({ memberId, kind: 'badgeAwarded' });
  /**
   * Records a usage event through the real ledger (publishes 'usage' after commit). A retry that
   * loses the race on the entry key rolls back whole, as a retried request would.
   */
  const record = async (m: MemberEntity, event: Omit<PointEvent, 'occurredAt'>, key: string) => {
    const ledger = t.app.get(PointsLedgerService);
    try {
      await db.transaction(m, (scope) =>
        ledger.record(scope, { ...event, occurredAt: new Date() }, key),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  };
  const CREATE = `mutation C($input: CreateBadgeInput!) { createBadge(input: $input) {
    id name custom metric period levels { tier threshold points } } }`;
  /** An organization badge that pays points (built-in badges pay none). */
  const createBadge = async (input: Record<string, unknown>) =>
    (await admin.ok<{ createBadge: { id: string } }>(CREATE, { input })).createBadge.id;
  let ruleKeeper: string;
  let mvp: string;
  const progressOf = async (c: GraphQLClient, code: string) =>
    (await c.ok<{ myBadges: Progress[] }>(`{ myBadges { ${PROGRESS} } }`)).myBadges.find(
      (p) => p.badge.id === code,
    )!;

  beforeAll(async () => {
    t = await startTestApp();
    bus = t.app.get(ActivityBus);
    awards = t.app.get(BadgeAwardService);
    db = t.app.get(TenantDataSource);
    admin = await client('admin@example.com');
    staff = await client('staff@example.com');
    await admin.ok(
      `mutation { publishGuideline(input: {
        recommendedUses: "議事録の要約、メール文面の下書き",
        neverInput: "顧客の個人情報、未公開の財務情報",
        finalCheck: "出力は必ず人が確認してから使う" }) { version } }`,
    );
    ruleKeeper = await createBadge({
      nameJa: 'ルールの番人',
      nameEn: 'Rule keeper',
      metric: 'guidelineAcknowledged',
      threshold: 1,
      points: 7,
    });
    mvp = await createBadge({
      nameJa: '今月のMVP',
      nameEn: 'MVP of the month',
      metric: 'manual',
      threshold: 1,
      points: 30,
    });
    await awards.settled();
  });
  afterAll(() => t.close());

  it('awards a crossed badge exactly once under concurrent retries, with one ledger entry', async () => {
    const hr = await member('hr@example.com');
    const hrClient = await client('hr@example.com');
    // The same crossing mutation sent five times at once (double clicks, retries).
    await Promise.all(
      Array.from({ length: 5 }, () =>
        hrClient.request('mutation { acknowledgeGuideline(version: 1) { version } }'),
      ),
    );
    await bus.drain();
    expect(await badgeRows(hr.id, 'guidelineAcknowledged')).toMatchObject([
      { tier: 'none', points: 0, awardedBy: null },
    ]);
    const rows = await badgeRows(hr.id, ruleKeeper);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tier: 'none', points: 7, awardedBy: null });
    // Only the paying badge writes a ledger entry, once.
    const ledger = await badgeLedger(hr.id);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      points: 7,
      sourceType: 'badge',
      sourceId: rows[0].id,
      idempotencyKey: `badge:${rows[0].id}`,
    });
  });

  it('concurrent evaluations of the same member race on the database and still award once', async () => {
    const m = await member('hanako.yoshida@example.com');
    // The fact is there, but no event has been handled yet (as after a crash).
    const repo = db.scope(m).repo(GuidelineAcknowledgementEntity);
    await repo.insert(repo.create({ memberId: m.id, version: 1, acknowledgedAt: new Date() }));
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => awards.evaluate(m, m.id)),
      ...Array.from({ length: 3 }, () => awards.evaluateMember(m, m.id)),
    ]);
    for (let i = 0; i < 4; i += 1) {
      bus.publish({
        type: 'guidelineAcknowledged',
        organizationId: m.organizationId,
        memberId: m.id,
        occurredAt: new Date(),
      });
    }
    await bus.drain();
    expect(results.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await badgeRows(m.id, 'guidelineAcknowledged')).toHaveLength(1);
    expect(await badgeRows(m.id, ruleKeeper)).toHaveLength(1);
    expect((await badgeLedger(m.id)).map((e) => e.points)).toEqual([7]);
    // A later catch-up finds nothing left to award for her.
    expect(await awards.evaluate(m, m.id)).toBe(0);
  });

  it('evaluates a group of members with shared reads, each on their own facts only', async () => {
    const [a, b, c] = await Promise.all(
      ['nozomi.miura', 'shinji.okada', 'takumi.kondo'].map((n) => member(`${n}@example.com`)),
    );
    const acks = db.scope(a).repo(GuidelineAcknowledgementEntity);
    for (const m of [a, b, c]) expect(await acks.existsBy({ memberId: m.id })).toBe(false);
    // Facts written directly, as if their events were lost: a and b acknowledged, c did not.
    for (const m of [a, b]) {
      await acks.insert(acks.create({ memberId: m.id, version: 1, acknowledgedAt: new Date() }));
    }
    const countBadges = async (memberId: string) =>
      t.dataSource.getRepository(MemberBadgeEntity).countBy({ memberId });
    const before = await Promise.all([a, b, c].map((m) => countBadges(m.id)));

    const awarded = await awards.evaluateMany(a, [a.id, b.id, c.id, a.id]);

    for (const m of [a, b]) {
      expect(await badgeRows(m.id, 'guidelineAcknowledged')).toHaveLength(1);
      expect(await badgeRows(m.id, ruleKeeper)).toHaveLength(1);
    }
    expect(await badgeRows(c.id, 'guidelineAcknowledged')).toHaveLength(0);
    expect(await badgeRows(c.id, ruleKeeper)).toHaveLength(0);
    // Each member's count is their own new rows; a listed twice is evaluated once.
    const after = await Promise.all([a, b, c].map((m) => countBadges(m.id)));
    expect([a, b, c].map((m) => awarded.get(m.id))).toEqual(after.map((n, i) => n - before[i]));
    expect(awarded.get(a.id)).toBeGreaterThanOrEqual(2);
    // Nothing is left to award to any of them.
    expect([...(await awards.evaluateMany(a, [a.id, b.id, c.id])).values()]).toEqual([0, 0, 0]);
  });

  it('awards on usage events within the handler, and reports progress to the next tier', async () => {
    const s = await member('staff@example.com');
    const before = await progressOf(staff, 'author');
    expect(before).toMatchObject({ value: 0, nextTier: 'BRONZE', nextThreshold: 5, remaining: 5 });
    // Publishing the same post retried in parallel counts once; then two more posts.
    const first = uuidv7();
    await Promise.all(
      Array.from({ length: 4 }, () =>
        record(
          s,
          {
            kind: 'knowledgePublished',
            earnerId: s.id,
            actorId: s.id,
            sourceType: 'knowledgePost',
            sourceId: first,
          },
          `publish:${first}`,
        ),
      ),
    );
    for (let i = 0; i < 2; i += 1) {
      const id = uuidv7();
      await record(
        s,
        {
          kind: 'knowledgePublished',
          earnerId: s.id,
          actorId: s.id,
          sourceType: 'knowledgePost',
          sourceId: id,
        },
        `publish:${id}`,
      );
    }
    await bus.drain();
    expect(await badgeRows(s.id, 'firstPost')).toHaveLength(1);
    const firstPost = await progressOf(staff, 'firstPost');
    expect(firstPost).toMatchObject({ complete: true, nextTier: null, remaining: null });
    expect(firstPost.earned).toEqual([
      { tier: null, name: 'はじめての投稿', points: 0, reason: null },
    ]);
    const author = await progressOf(staff, 'author');
    expect(author).toMatchObject({
      value: 3,
      nextTier: 'BRONZE',
      nextThreshold: 5,
      remaining: 2,
      complete: false,
      message: 'あと2件でブロンズ',
    });
    expect(author.badge.earned).toBe(false);
    // 3 posts this month: the monthly badge too.
    expect(await badgeRows(s.id, 'monthlyAuthor')).toHaveLength(1);

    // A colleague's profile shows the same, and other organizations' members are not found.
    const other = await admin.ok<{ memberBadges: Progress[] }>(
      `query Q($id: ID!) { memberBadges(memberId: $id) { ${PROGRESS} } }`,
      { id: s.id },
    );
    expect(other.memberBadges.find((p) => p.badge.id === 'author')?.value).toBe(3);
    const missing = await admin.request(
      `query Q($id: ID!) { memberBadges(memberId: $id) { value } }`,
      { id: uuidv7() },
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('lets an admin award a badge by hand with a reason, once, paying its points; staff may not', async () => {
    const s = await member('staff@example.com');
    const AWARD = `mutation A($m: ID!, $b: ID!, $r: String!, $t: BadgeTier) {
      awardBadge(memberId: $m, badgeId: $b, reason: $r, tier: $t) { badgeId tier name points reason awardedBy } }`;
    const forbidden = await staff.request(AWARD, { m: s.id, b: mvp, r: 'がんばった' });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const noReason = await admin.request(AWARD, { m: s.id, b: mvp, r: '  ' });
    expect(noReason.errors?.[0].extensions?.fields?.[0].code).toBe('badge.reasonRequired');
    expect(errorCode(await admin.request(AWARD, { m: s.id, b: 'nope', r: 'x' }))).toBe('NOT_FOUND');
    const noTier = await admin.request(AWARD, { m: s.id, b: mvp, r: 'x', t: 'GOLD' });
    expect(noTier.errors?.[0].extensions?.fields?.[0].code).toBe('badge.unknownTier');

    const a = await member('admin@example.com');
    const { awardBadge } = await admin.ok<{ awardBadge: Record<string, unknown> }>(AWARD, {
      m: s.id,
      b: mvp,
      r: '部署横断で事例共有会を主催',
    });
    expect(awardBadge).toEqual({
      badgeId: mvp,
      tier: null,
      name: '今月のMVP',
      points: 30,
      reason: '部署横断で事例共有会を主催',
      awardedBy: a.id,
    });
    const again = await admin.request(AWARD, { m: s.id, b: mvp, r: 'again' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields?.[0].code).toBe('badge.alreadyEarned');
    // A built-in tier can be awarded by hand too (no points: built-ins pay none).
    const silver = await admin.ok<{ awardBadge: Record<string, unknown> }>(AWARD, {
      m: s.id,
      b: 'storyteller',
      r: '事例共有会の運営',
      t: 'SILVER',
    });
    expect(silver.awardBadge).toMatchObject({ name: '成功事例の語り手 シルバー', points: 0 });
    await bus.drain();
    const paid = (await badgeLedger(s.id)).filter((e) => e.actorId === a.id);
    expect(paid.map((e) => [e.points, e.idempotencyKey.startsWith('badge:')])).toEqual([
      [30, true],
    ]);
    const p = await progressOf(staff, 'storyteller');
    expect(p.badge.earnedTiers).toEqual(['SILVER']);
    expect(p.earned[0].reason).toBe('事例共有会の運営');
    // Manual-only badges never show progress messages.
    expect((await progressOf(staff, mvp)).message).toBeNull();
  });

  it('validates custom badges (admin only) and awards them to members who already qualify', async () => {
    const input = (over: Record<string, unknown> = {}) => ({
      nameJa: '推進の要',
      nameEn: 'Pillar',
      metric: 'ambassador',
      threshold: 1,
      points: 4,
      ...over,
    });
    expect(errorCode(await staff.request(CREATE, { input: input() }))).toBe('FORBIDDEN');
    const unknown = await admin.request(CREATE, { input: input({ metric: 'pageRank' }) });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'metric',
      code: 'badge.unknownMetric',
    });
    for (const threshold of [0, -5]) {
      const bad = await admin.request(CREATE, {
        input: input({ metric: 'likesReceived', threshold }),
      });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.fields?.[0].code).toBe('badge.thresholdInvalid');
    }
    const { createBadge } = await admin.ok<{ createBadge: { id: string; custom: boolean } }>(
      CREATE,
      { input: input() },
    );
    expect(createBadge).toMatchObject({
      name: '推進の要',
      custom: true,
      metric: 'ambassador',
      period: 'allTime',
      levels: [{ tier: null, threshold: 1, points: 4 }],
    });
    // Members who already qualify receive it from the backfill the creation starts.
    await awards.settled();
    await bus.drain();
    const taro = await member('taro.yamada@example.com');
    const rows = await badgeRows(taro.id, createBadge.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].points).toBe(4);
    expect(await badgeRows((await member('staff@example.com')).id, createBadge.id)).toEqual([]);
    const { badges } = await staff.ok<{ badges: { id: string; custom: boolean }[] }>(
      '{ badges { id custom } }',
    );
    expect(badges.length).toBeGreaterThanOrEqual(23);
    expect(badges.find((b) => b.id === createBadge.id)?.custom).toBe(true);
  });

  it('walks a member through はじめの一歩 and awards onboardingComplete', async () => {
    const email = 'kenji.watanabe@example.com';
    const me = await member(email);
    const c = await client(email);
    const other = await member('staff@example.com');
    const ONBOARDING =
      '{ myOnboarding { steps { key done } doneCount total complete badgeEarned } }';
    type O = {
      myOnboarding: {
        steps: { key: string; done: boolean }[];
        doneCount: number;
        complete: boolean;
        badgeEarned: boolean;
      };
    };
    const start = (await c.ok<O>(ONBOARDING)).myOnboarding;
    expect(start).toMatchObject({ doneCount: 0, total: 5, complete: false, badgeEarned: false });

    await c.ok('mutation { acknowledgeGuideline(version: 1) { version } }');
    await record(
      me,
      {
        kind: 'templateReused',
        earnerId: other.id,
        actorId: me.id,
        sourceType: 'template',
        sourceId: uuidv7(),
      },
      `reuse:${uuidv7()}`,
    );
    await record(
      me,
      {
        kind: 'likeReceived',
        earnerId: other.id,
        actorId: me.id,
        sourceType: 'knowledgePost',
        sourceId: uuidv7(),
      },
      `like:${uuidv7()}`,
    );
    await bus.drain();
    const mid = (await c.ok<O>(ONBOARDING)).myOnboarding;
    expect(mid.steps.filter((s) => s.done).map((s) => s.key)).toEqual([
      'acknowledgeGuideline',
      'useTemplate',
      'likePost',
    ]);
    expect(mid.complete).toBe(false);

    const post = uuidv7();
    await record(
      me,
      {
        kind: 'knowledgePublished',
        earnerId: me.id,
        actorId: me.id,
        sourceType: 'knowledgePost',
        sourceId: post,
      },
      `publish:${post}`,
    );
    const kudos = uuidv7();
    await record(
      me,
      {
        kind: 'kudosReceived',
        earnerId: other.id,
        actorId: me.id,
        sourceType: 'kudos',
        sourceId: kudos,
      },
      `kudos:${kudos}`,
    );
    await bus.drain();
    const done = (await c.ok<O>(ONBOARDING)).myOnboarding;
    expect(done).toMatchObject({ doneCount: 5, complete: true, badgeEarned: true });
    expect(await badgeRows(me.id, 'onboardingComplete')).toHaveLength(1);
    // The kudos went to staff: kudos received counts for them, kudos given for Kenji.
    expect(await badgeRows(me.id, 'firstKudos')).toHaveLength(1);
  });

  it('catches up only the members active since the last run, and everyone on a full pass', async () => {
    const publish = async (m: MemberEntity) => {
      const id = uuidv7();
      await record(
        m,
        {
          kind: 'knowledgePublished',
          earnerId: m.id,
          actorId: m.id,
          sourceType: 'knowledgePost',
          sourceId: id,
        },
        `publish:${id}`,
      );
      await bus.drain();
      // Simulate an award lost to a crash between the commit and the handler.
      await t.dataSource.getRepository(MemberBadgeEntity).delete({ memberId: m.id });
    };
    const earlier = await member('yumi.ito@example.com');
    const recent = await member('daisuke.kobayashi@example.com');
    await publish(earlier);
    await new Promise((r) => setTimeout(r, 5));
    const since = new Date();
    await new Promise((r) => setTimeout(r, 5));
    await publish(recent);

    await awards.evaluateActiveSince(recent, since);
    expect(await badgeRows(recent.id, 'firstPost')).toHaveLength(1);
    expect(await badgeRows(earlier.id, 'firstPost')).toHaveLength(0);

    await awards.evaluateOrganization(earlier);
    expect(await badgeRows(earlier.id, 'firstPost')).toHaveLength(1);
  });

  it('lists ambassadors per department with specialities, editable by themself or an admin', async () => {
    const taro = await member('taro.yamada@example.com');
    const tc = await client('taro.yamada@example.com');
    const UPDATE = 'mutation U($tags: [String!]!) { updateMySpecialities(tags: $tags) }';
    expect(
      (await tc.ok<{ updateMySpecialities: string[] }>(UPDATE, { tags: [' ChatGPT ', '議事録'] }))
        .updateMySpecialities,
    ).toEqual(['ChatGPT', '議事録']);
    const tooMany = await tc.request(UPDATE, {
      tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    const tooLong = await tc.request(UPDATE, { tags: ['x'.repeat(31)] });
    expect(tooLong.errors?.[0].extensions?.fields?.[0].code).toBe('specialities.tooLong');

    const OTHER =
      'mutation U($m: ID!, $tags: [String!]!) { updateMemberSpecialities(memberId: $m, tags: $tags) }';
    expect(errorCode(await staff.request(OTHER, { m: taro.id, tags: ['x'] }))).toBe('FORBIDDEN');

    type G = {
      ambassadors: {
        departmentId: string | null;
        departmentName: string | null;
        ambassadors: { member: { id: string; email: string }; specialities: string[] }[];
      }[];
    };
    const Q = `query A($d: ID) { ambassadors(departmentId: $d) { departmentId departmentName
      ambassadors { member { id email } specialities } } }`;
    const all = (await staff.ok<G>(Q)).ambassadors;
    const group = all.find((g) => g.ambassadors.some((a) => a.member.id === taro.id))!;
    expect(group.departmentName).toBe('第一営業課');
    expect(group.ambassadors.find((a) => a.member.id === taro.id)?.specialities).toEqual([
      'ChatGPT',
      '議事録',
    ]);
    expect(all.flatMap((g) => g.ambassadors).map((a) => a.member.email)).not.toContain(
      'staff@example.com',
    );
    // Filtering by the parent department includes its sub-departments' ambassadors.
    const sales = (
      await t.dataSource.getRepository(DepartmentEntity).findOneByOrFail({ id: taro.departmentId! })
    ).parentId;
    expect(sales).not.toBeNull();
    const filtered = (await staff.ok<G>(Q, { d: sales })).ambassadors;
    expect(filtered.flatMap((g) => g.ambassadors).map((a) => a.member.id)).toContain(taro.id);
    expect(
      filtered.every((g) => g.departmentId === sales || g.departmentId === taro.departmentId),
    ).toBe(true);

    await admin.ok(OTHER, { m: taro.id, tags: ['Excel'] });
    expect(
      (await tc.ok<{ mySpecialities: string[] }>('{ mySpecialities }')).mySpecialities,
    ).toEqual(['Excel']);

    // The catch-up gives ambassadors their badge.
    await awards.evaluateOrganization(taro);
    expect(await badgeRows(taro.id, 'ambassador')).toHaveLength(1);
    expect(await badgeRows((await member('staff@example.com')).id, 'ambassador')).toHaveLength(0);

    // Making a member an ambassador awards the badge right away (no catch-up needed).
    const newcomer = await member('staff@example.com');
    await admin.ok(
      'mutation U($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }',
      { id: newcomer.id, input: { roles: ['STAFF', 'AMBASSADOR'] } },
    );
    await bus.drain();
    expect(await badgeRows(newcomer.id, 'ambassador')).toHaveLength(1);
  });

  it('counts challenge wins once per challenge from challengeClosed', async () => {
    const s = await member('staff@example.com');
    const event = {
      type: 'challengeClosed' as const,
      organizationId: s.organizationId,
      challengeId: uuidv7(),
      title: '11月 テンプレート再利用チャレンジ',
      winners: [{ unitType: 'team' as const, unitId: uuidv7(), name: '法人営業チームA' }],
      winnerMemberIds: [s.id],
      occurredAt: new Date(),
    };
    bus.publish(event);
    bus.publish(event);
    await bus.drain();
    expect(
      await t.dataSource.getRepository(MemberChallengeWinEntity).countBy({ memberId: s.id }),
    ).toBe(1);
    expect(await badgeRows(s.id, 'challengeWinner')).toHaveLength(1);
    const p = await progressOf(staff, 'challengeWinner');
    expect(p).toMatchObject({ value: 1, nextTier: 'SILVER', remaining: 2 });
  });
});
