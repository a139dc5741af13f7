import { v7 as uuidv7 } from 'uuid';
import { periodOf, type PointEvent } from '@chienowa/domain';
import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import type { ActivityEventOf } from '../../../apps/api/src/common/events/activity-events';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { ChallengeClosingService } from '../../../apps/api/src/modules/challenges/services/challenge-closing.service';
import { ChallengeSchedulerService } from '../../../apps/api/src/modules/challenges/services/challenge-scheduler.service';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { SuccessStoryEntity } from '../../../apps/api/src/modules/stories/entities/success-story.entity';
import { createOrganization } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { seedOrganization, type SeededOrg } from '../leaderboards/org-fixture';

type Standing = {
  rank: number;
  value: number;
  total: number;
  headcount: number;
  progress: number;
  isMine: boolean;
  winner: boolean;
  team: { name: string } | null;
  department: { name: string } | null;
};
type Challenge = {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  target: number;
  canEdit: boolean;
  standings: Standing[];
};

const FIELDS = `id title status startsAt endsAt target canEdit
  standings { rank value total headcount progress isMine winner team { name } department { name } }`;
const CREATE = `mutation C($input: ChallengeInput!) { createChallenge(input: $input) { ${FIELDS} } }`;
const GET = `query G($id: ID!) { challenge(id: $id) { ${FIELDS} } }`;

/**
 * Challenges in a dedicated organization. Teams: 少数班 (2 members), 大所帯班 (6 members),
 * 三番班 (1 member); departments 営業部 and 開発部.
 */
describe('team challenges', () => {
  let t: TestApp;
  let org: SeededOrg;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let ambassador: GraphQLClient;
  let bus: ActivityBus;
  let closing: ChallengeClosingService;
  let ledger: PointsLedgerService;
  let db: TenantDataSource;
  const closedEvents: ActivityEventOf<'challengeClosed'>[] = [];

  const smallTeam = ['s1', 's2'];
  const bigTeam = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

  const create = async (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ createChallenge: Challenge }>(CREATE, { input });
  const get = async (client: GraphQLClient, id: string) =>
    (await client.ok<{ challenge: Challenge }>(GET, { id })).challenge;
  const byTeam = (c: Challenge) =>
    Object.fromEntries(c.standings.map((s) => [s.team?.name ?? s.department?.name, s]));
  const countChallenges = async () =>
    Number(
      (
        await t.dataSource.query('SELECT COUNT(*) AS n FROM challenges WHERE organization_id = ?', [
          org.organizationId,
        ])
      )[0].n,
    );
  const record = (event: PointEvent, key = `it:${uuidv7()}`) =>
    db.transaction({ organizationId: org.organizationId }, (scope) =>
      ledger.record(scope, event, key),
    );
  const publishPost = (key: string, at = new Date()) =>
    record({
      kind: 'knowledgePublished',
      earnerId: org.members[key].id,
      actorId: org.members[key].id,
      sourceType: 'knowledgePost',
      sourceId: uuidv7(),
      occurredAt: at,
    });
  const DAY = 86_400_000;
  /** A one-day window `days` from now: each test measures its own, clear of the others. */
  const windowIn = (days: number) => {
    const start = new Date(Math.floor((Date.now() + days * DAY) / 1000) * 1000);
    return { start, end: new Date(start.getTime() + DAY), at: new Date(start.getTime() + 60_000) };
  };
  const iso = (d: Date) => d.toISOString();
  /** Moves a challenge's window (e.g. into the past, as if the server had been down). */
  const setWindow = async (id: string, start: Date, end: Date) => {
    const bind = (d: Date) =>
      t.dialect === 'sqlite' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
    await t.dataSource.query('UPDATE challenges SET starts_at = ?, ends_at = ? WHERE id = ?', [
      bind(start),
      bind(end),
      id,
    ]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ChallengeSchedulerService).stop();
    bus = t.app.get(ActivityBus);
    closing = t.app.get(ChallengeClosingService);
    ledger = t.app.get(PointsLedgerService);
    db = t.app.get(TenantDataSource);
    bus.on('challengeClosed', (e) => {
      closedEvents.push(e);
    });
    const members: Parameters<typeof seedOrganization>[2]['members'] = {
      amb: {
        name: '案場',
        reading: 'アンバ',
        department: '営業部',
        roles: ['staff', 'ambassador'],
      },
      solo: { name: '三番', reading: 'サンバン', department: '開発部', teams: ['三番班'] },
    };
    for (const key of smallTeam) {
      members[key] = {
        name: `少${key}`,
        reading: `ショウ${key}`,
        department: '営業部',
        teams: ['少数班'],
      };
    }
    for (const key of bigTeam) {
      members[key] = {
        name: `大${key}`,
        reading: `ダイ${key}`,
        department: '開発部',
        teams: ['大所帯班'],
      };
    }
    org = await seedOrganization(t, 'ch-org', {
      departments: ['営業部', '開発部'],
      teams: [{ name: '少数班' }, { name: '大所帯班' }, { name: '三番班' }],
      members,
    });
    admin = await org.adminClient();
    staff = await org.login('s1');
    ambassador = await org.login('amb');
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('forbids staff', async () => {
      const res = await create(staff, {
        title: 'x',
        metric: 'POINTS',
        target: 10,
        unitType: 'TEAM',
        unitIds: [org.teams['少数班'], org.teams['大所帯班']],
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await countChallenges()).toBe(0);
    });

    it('rejects an end before the start with a clear error and writes nothing', async () => {
      const res = await create(admin, {
        title: '逆転チャレンジ',
        metric: 'POINTS',
        target: 10,
        unitType: 'TEAM',
        unitIds: [org.teams['少数班'], org.teams['大所帯班']],
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([
        expect.objectContaining({ field: 'endsAt', code: 'challenge.endBeforeStart' }),
      ]);
      expect(await countChallenges()).toBe(0);
      const units = await t.dataSource.query(
        'SELECT COUNT(*) AS n FROM challenge_units WHERE organization_id = ?',
        [org.organizationId],
      );
      expect(Number(units[0].n)).toBe(0);
    });

    it('rejects teams of another organization and a single team', async () => {
      const other = await createOrganization(t.dataSource, 'ch-other');
      const [foreign] = await t.dataSource.query(
        'SELECT id FROM teams WHERE organization_id <> ? LIMIT 1',
        [org.organizationId],
      );
      expect(other.organizationId).toBeTruthy();
      const res = await create(admin, {
        title: 'よその班',
        metric: 'POINTS',
        target: 10,
        unitType: 'TEAM',
        unitIds: [org.teams['少数班'], foreign.id],
      });
      expect(res.errors?.[0].extensions?.fields?.[0].code).toBe('challenge.unknownUnit');
      const single = await create(admin, {
        title: '一班',
        metric: 'POINTS',
        target: 10,
        unitType: 'TEAM',
        unitIds: [org.teams['少数班']],
      });
      expect(single.errors?.[0].extensions?.fields?.[0].code).toBe('challenge.tooFewUnits');
      expect(await countChallenges()).toBe(0);
    });

    it('defaults to the current calendar month in Asia/Tokyo (ambassadors may create)', async () => {
      const res = await create(ambassador, {
        title: '今月のチャレンジ',
        metric: 'KNOWLEDGE_POSTS',
        target: 3,
        unitType: 'DEPARTMENT',
        unitIds: [org.departments['営業部'], org.departments['開発部']],
      });
      expect(res.errors).toBeUndefined();
      const c = res.data!.createChallenge;
      const month = periodOf('month', new Date(), {
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
      });
      expect(new Date(c.startsAt).toISOString()).toBe(month.start.toISOString());
      expect(new Date(c.endsAt).toISOString()).toBe(month.end.toISOString());
      expect(c.status).toBe('ACTIVE');
      expect(c.canEdit).toBe(false);
      await admin.ok('mutation M($id: ID!) { cancelChallenge(id: $id) { id } }', { id: c.id });
    });
  });

  it('updates standings as events happen, per head, counting each fact once', async () => {
    const w = windowIn(100);
    const res = await create(admin, {
      title: 'ナレッジ投稿 1人あたり',
      startsAt: iso(w.start),
      endsAt: iso(w.end),
      metric: 'KNOWLEDGE_POSTS',
      target: 2,
      unitType: 'TEAM',
      scoring: 'PER_HEAD',
      unitIds: [org.teams['少数班'], org.teams['大所帯班']],
    });
    const id = res.data!.createChallenge.id;
    // Small team: 3 posts for 2 people (1.5 each); big team: 6 posts for 6 people (1 each).
    await publishPost('s1', w.at);
    await publishPost('s1', w.at);
    await publishPost('s2', w.at);
    for (const key of bigTeam) await publishPost(key, w.at);
    await bus.drain();
    const live = await get(staff, id);
    const s = byTeam(live);
    expect(s['少数班']).toMatchObject({
      rank: 1,
      value: 1.5,
      total: 3,
      headcount: 2,
      progress: 0.75,
      isMine: true,
      winner: true,
    });
    expect(s['大所帯班']).toMatchObject({
      rank: 2,
      value: 1,
      total: 6,
      headcount: 6,
      isMine: false,
    });

    // A redelivered event (same post) changes nothing; so does a repeated ledger call.
    const postId = uuidv7();
    const event: PointEvent = {
      kind: 'knowledgePublished',
      earnerId: org.members.b1.id,
      actorId: org.members.b1.id,
      sourceType: 'knowledgePost',
      sourceId: postId,
      occurredAt: w.at,
    };
    await record(event, `dup:${postId}`);
    await record(event, `dup:${postId}`);
    bus.publish({
      type: 'usage',
      organizationId: org.organizationId,
      ...event,
      counted: true,
      uncountedReason: null,
      points: 10,
    });
    await bus.drain();
    expect(byTeam(await get(staff, id))['大所帯班'].total).toBe(7);
    await admin.ok('mutation M($id: ID!) { cancelChallenge(id: $id) { id } }', { id });
  });

  it('keeps live progress exact under a burst of concurrent events, redeliveries included', async () => {
    const w = windowIn(300);
    const res = await create(admin, {
      title: 'ポイント 一斉',
      startsAt: iso(w.start),
      endsAt: iso(w.end),
      metric: 'POINTS',
      target: 1000,
      unitType: 'TEAM',
      scoring: 'TOTAL',
      unitIds: [org.teams['少数班'], org.teams['大所帯班'], org.teams['三番班']],
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createChallenge.id;
    // Forty events at once from every team (contributions are written in batches), and each
    // usage event delivered twice: counted once.
    const sent: ActivityEventOf<'usage'>[] = [];
    let capturing = true;
    bus.on('usage', (e) => {
      if (capturing && e.occurredAt.getTime() === w.at.getTime()) sent.push(e);
    });
    const keys = [...smallTeam, ...bigTeam, 'solo'];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => org.award(keys[i % keys.length], 1 + (i % 7), w.at)),
    );
    await bus.drain();
    capturing = false;
    expect(sent).toHaveLength(40);
    for (const e of sent) bus.publish(e);
    // A new event delivered twice in one batch: counted once.
    const fresh = { ...sent[0], earnerId: org.members.solo.id, sourceId: uuidv7(), points: 3 };
    bus.publish(fresh);
    bus.publish({ ...fresh });
    await bus.drain();
    const live = byTeam(await get(staff, id));
    const expected = { 少数班: 0, 大所帯班: 0, 三番班: 0 } as Record<string, number>;
    Array.from({ length: 40 }, (_, i) => {
      const key = keys[i % keys.length];
      const team = smallTeam.includes(key)
        ? '少数班'
        : bigTeam.includes(key)
          ? '大所帯班'
          : '三番班';
      expected[team] += 1 + (i % 7);
    });
    expected['三番班'] += 3;
    expect({
      少数班: live['少数班'].total,
      大所帯班: live['大所帯班'].total,
      三番班: live['三番班'].total,
    }).toEqual(expected);
    await admin.ok('mutation M($id: ID!) { cancelChallenge(id: $id) { id } }', { id });
  });

  it('closes exactly once when the job runs twice concurrently and late, paying winners once', async () => {
    const w = windowIn(200);
    const res = await create(admin, {
      title: 'ポイント総合',
      startsAt: iso(w.start),
      endsAt: iso(w.end),
      metric: 'POINTS',
      target: 100,
      unitType: 'TEAM',
      scoring: 'TOTAL',
      winnerPoints: 50,
      unitIds: [org.teams['少数班'], org.teams['大所帯班'], org.teams['三番班']],
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createChallenge.id;
    await org.award('s1', 40, w.at);
    await org.award('s2', 30, w.at);
    await org.award('b1', 70, w.at);
    await org.award('solo', 5, w.at);
    await bus.drain();
    const live = byTeam(await get(staff, id));
    expect([live['少数班'].total, live['大所帯班'].total, live['三番班'].total]).toEqual([
      70, 70, 5,
    ]);
    expect([live['少数班'].rank, live['大所帯班'].rank, live['三番班'].rank]).toEqual([1, 1, 3]);

    // A missed event must not change the result: corrupt the maintained progress.
    await t.dataSource.query(
      'UPDATE challenge_units SET progress = 999 WHERE challenge_id = ? AND unit_id = ?',
      [id, org.teams['三番班']],
    );
    const before = closedEvents.length;
    // Not yet due; then the job runs late (a minute after the end), twice at once.
    expect(await closing.closeDue(new Date(w.end.getTime() - 1000))).toBe(0);
    const late = new Date(w.end.getTime() + 60_000);
    const runs = await Promise.all([
      closing.closeDue(late),
      closing.closeDue(late),
      closing.close(org.organizationId, id, late).then(Number),
      closing.close(org.organizationId, id, late).then(Number),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await closing.closeDue(late)).toBe(0);
    expect(await closing.close(org.organizationId, id, late)).toBe(false);
    await bus.drain();

    const closed = await get(staff, id);
    expect(closed.status).toBe('CLOSED');
    const final = byTeam(closed);
    expect(final['少数班']).toMatchObject({ rank: 1, total: 70, headcount: 2, winner: true });
    expect(final['大所帯班']).toMatchObject({ rank: 1, total: 70, headcount: 6, winner: true });
    expect(final['三番班']).toMatchObject({ rank: 3, total: 5, winner: false });

    // Winner points: every member of both tied teams, once.
    const wins: { member_id: string; points: number }[] = await t.dataSource.query(
      "SELECT member_id, points FROM ledger_entries WHERE kind = 'challengeWon' AND source_id = ?",
      [id],
    );
    expect(wins.map((w) => w.member_id).sort()).toEqual(
      [...smallTeam, ...bigTeam].map((k) => org.members[k].id).sort(),
    );
    expect(wins.every((w) => Number(w.points) === 50)).toBe(true);

    const events = closedEvents.slice(before).filter((e) => e.challengeId === id);
    expect(events).toHaveLength(1);
    expect(events[0].winners.map((w) => w.name).sort()).toEqual(['大所帯班', '少数班']);
    expect(events[0].winnerMemberIds).toHaveLength(8);

    // Past challenges are browsable with their final standings.
    const list = await staff.ok<{
      challenges: { edges: { node: Challenge }[] };
    }>(`{ challenges(status: CLOSED, first: 10) { edges { node { ${FIELDS} } } } }`);
    const node = list.challenges.edges.map((e) => e.node).find((c) => c.id === id);
    expect(node?.standings.filter((s) => s.winner)).toHaveLength(2);

    // The payout shows in the winners' points history.
    const history = await staff.ok<{
      myPoints: { history: { edges: { node: { points: number; description: string } }[] } };
    }>('{ myPoints { history(first: 5) { edges { node { points description } } } } }');
    expect(history.myPoints.history.edges[0].node).toMatchObject({ points: 50 });
    expect(history.myPoints.history.edges[0].node.description).toContain('ポイント総合');
  });

  it('adds the hours saved of an approved story to the author’s department', async () => {
    const w = windowIn(250);
    const res = await create(admin, {
      title: '削減時間',
      metric: 'HOURS_SAVED',
      target: 10,
      unitType: 'DEPARTMENT',
      unitIds: [org.departments['営業部'], org.departments['開発部']],
      startsAt: iso(w.start),
      endsAt: iso(w.end),
    });
    const id = res.data!.createChallenge.id;
    const storyId = uuidv7();
    // (30 − 10) min × 9 times a month = 180 min = 3 h.
    await db.transaction({ organizationId: org.organizationId }, (scope) =>
      scope.repo(SuccessStoryEntity).insert(
        scope.repo(SuccessStoryEntity).create({
          id: storyId,
          authorId: org.members.s2.id,
          departmentId: org.departments['営業部'],
          title: '議事録の要約',
          improved: '議事録',
          howMarkdown: '要約',
          minutesBeforeX100: 3000,
          minutesAfterX100: 1000,
          occurrencesPerMonthX100: 900,
          qualityNote: null,
          status: 'approved',
          reviewerId: org.adminId,
          reviewComment: null,
          submittedAt: w.at,
          reviewedAt: w.at,
          approvedAt: w.at,
          approvalCount: 1,
          createdAt: w.at,
          updatedAt: w.at,
        }),
      ),
    );
    const reviewed = {
      type: 'storyReviewed' as const,
      organizationId: org.organizationId,
      storyId,
      authorId: org.members.s2.id,
      reviewerId: org.adminId,
      decision: 'approved' as const,
      title: '議事録の要約',
      comment: null,
      occurredAt: w.at,
    };
    bus.publish(reviewed);
    bus.publish(reviewed);
    await bus.drain();
    const live = byTeam(await get(staff, id));
    expect(live['営業部']).toMatchObject({ total: 3, value: 3, progress: 0.3, isMine: true });
    expect(live['開発部']).toMatchObject({ total: 0, rank: 2 });
    expect(await closing.close(org.organizationId, id, new Date(w.end.getTime() + 1000))).toBe(
      true,
    );
    expect(byTeam(await get(staff, id))['営業部']).toMatchObject({ total: 3, winner: true });
  });

  it('catches up on a challenge that ended while nobody was running the job', async () => {
    const res = await create(admin, {
      title: 'アクティブ率',
      metric: 'ACTIVE_MEMBER_RATE',
      target: 50,
      unitType: 'TEAM',
      winnerPoints: 0,
      unitIds: [org.teams['少数班'], org.teams['大所帯班']],
    });
    const id = res.data!.createChallenge.id;
    // It ran from three days ago until two days ago, while the job was not running.
    await setWindow(id, new Date(Date.now() - 3 * DAY), new Date(Date.now() - 2 * DAY));
    const at = new Date(Date.now() - 2.5 * DAY);
    // s1 uses b1's template: s1 is active (a template use), b1 gets nothing for the rate.
    await record({
      kind: 'templateReused',
      earnerId: org.members.b1.id,
      actorId: org.members.s1.id,
      sourceType: 'template',
      sourceId: uuidv7(),
      occurredAt: at,
    });
    await publishPost('b2', at);
    await publishPost('b3', at);
    await bus.drain();
    // The scheduler's own run (as on startup) closes it from the exact recompute.
    expect(await t.app.get(ChallengeSchedulerService).tick()).toBe(1);
    await bus.drain();
    const closed = byTeam(await get(staff, id));
    expect(closed['少数班']).toMatchObject({ value: 50, total: 1, rank: 1, winner: true });
    expect(closed['少数班']).toMatchObject({ progress: 1, headcount: 2 });
    expect(closed['大所帯班']).toMatchObject({ total: 2, rank: 2, headcount: 6, winner: false });
    expect(closed['大所帯班'].value).toBeCloseTo(33.33, 2);
    const paid = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'challengeWon' AND source_id = ?",
      [id],
    );
    expect(Number(paid[0].n)).toBe(0);
  });

  it('edits only before the start, cancels until closed, and never closes a cancelled one', async () => {
    const start = new Date(Date.now() + 40 * 86_400_000);
    const end = new Date(start.getTime() + 7 * 86_400_000);
    const res = await create(ambassador, {
      title: '来月',
      metric: 'TEMPLATE_REUSES',
      target: 5,
      unitType: 'TEAM',
      unitIds: [org.teams['少数班'], org.teams['大所帯班']],
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
    });
    const c = res.data!.createChallenge;
    expect(c).toMatchObject({ status: 'UPCOMING', canEdit: true });
    const upcoming = await staff.ok<{ challenges: { edges: { node: { id: string } }[] } }>(
      '{ challenges(status: UPCOMING) { edges { node { id } } } }',
    );
    expect(upcoming.challenges.edges.map((e) => e.node.id)).toContain(c.id);

    const updated = await ambassador.ok<{ updateChallenge: Challenge }>(
      `mutation U($id: ID!, $input: ChallengeInput!) { updateChallenge(id: $id, input: $input) { ${FIELDS} } }`,
      {
        id: c.id,
        input: {
          title: '来月（改）',
          metric: 'TEMPLATE_REUSES',
          target: 8,
          unitType: 'TEAM',
          unitIds: [org.teams['少数班'], org.teams['三番班']],
          startsAt: start.toISOString(),
          endsAt: end.toISOString(),
        },
      },
    );
    expect(updated.updateChallenge).toMatchObject({ title: '来月（改）', target: 8 });
    expect(updated.updateChallenge.standings.map((s) => s.team?.name).sort()).toEqual([
      '三番班',
      '少数班',
    ]);
    const staffEdit = await staff.request(
      'mutation M($id: ID!) { cancelChallenge(id: $id) { id } }',
      { id: c.id },
    );
    expect(errorCode(staffEdit)).toBe('FORBIDDEN');

    const cancelled = await ambassador.ok<{ cancelChallenge: { status: string } }>(
      'mutation M($id: ID!) { cancelChallenge(id: $id) { status } }',
      { id: c.id },
    );
    expect(cancelled.cancelChallenge.status).toBe('CANCELLED');
    await setWindow(c.id, new Date(Date.now() - 2 * DAY), new Date(Date.now() - DAY));
    expect(await closing.closeDue()).toBe(0);
    expect((await get(staff, c.id)).status).toBe('CANCELLED');
  });
});
