import type { PointEvent } from '@chienowa/domain';
import type { Viewer } from '../../../apps/api/src/common/auth/viewer';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { AddMemberUsageDays1796067700000 as MysqlAddMemberUsageDays } from '../../../apps/api/src/database/migrations/mysql/1796067700000-add-member-usage-days';
import { AddMemberUsageDays1796067700000 as SqliteAddMemberUsageDays } from '../../../apps/api/src/database/migrations/sqlite/1796067700000-add-member-usage-days';
import { AddMemberSourceMonths1796067800000 as MysqlAddMemberSourceMonths } from '../../../apps/api/src/database/migrations/mysql/1796067800000-add-member-source-months';
import { AddMemberSourceMonths1796067800000 as SqliteAddMemberSourceMonths } from '../../../apps/api/src/database/migrations/sqlite/1796067800000-add-member-source-months';
import { AddMemberUsageMonths1796094000000 as MysqlAddMemberUsageMonths } from '../../../apps/api/src/database/migrations/mysql/1796094000000-add-member-usage-months';
import { AddMemberUsageMonths1796094000000 as SqliteAddMemberUsageMonths } from '../../../apps/api/src/database/migrations/sqlite/1796094000000-add-member-usage-months';
import { LedgerEntryEntity } from '../../../apps/api/src/modules/points/entities/ledger-entry.entity';
import { MemberSourceMonthEntity } from '../../../apps/api/src/modules/points/entities/member-source-month.entity';
import { MemberUsageMonthEntity } from '../../../apps/api/src/modules/points/entities/member-usage-month.entity';
import { MemberUsageDayEntity } from '../../../apps/api/src/modules/points/entities/member-usage-day.entity';
import { UsageEventEntity } from '../../../apps/api/src/modules/points/entities/usage-event.entity';
import { IdempotencyService } from '../../../apps/api/src/modules/points/services/idempotency.service';
import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { PointRulesService } from '../../../apps/api/src/modules/points/services/point-rules.service';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import type { GraphQLClient } from '../../support/graphql-client';
import {
  sourceMonthDifferences,
  usageDayDifferences,
  usageMonthDifferences,
} from '../../support/activity-aggregates';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * The ledger core on the real database, through its services (the content modules' mutations
 * are tested over HTTP in their own suites). Demo members are earners and actors.
 */
describe('points ledger', () => {
  let t: TestApp;
  let db: TenantDataSource;
  let ledger: PointsLedgerService;
  let author: MemberEntity;
  let others: MemberEntity[];
  let authorClient: GraphQLClient;

  const view = (actor: MemberEntity, postId: string, at = new Date()): PointEvent => ({
    kind: 'viewReceived',
    earnerId: author.id,
    actorId: actor.id,
    sourceType: 'knowledgePost',
    sourceId: postId,
    occurredAt: at,
  });
  const record = (event: PointEvent, key: string) =>
    db.transaction(author, (scope) => ledger.record(scope, event, key));
  const myPoints = () =>
    authorClient.ok<{
      myPoints: {
        totals: { kind: string; key: string; points: number }[];
        level: { key: string; pointsToNext: number };
        history: {
          edges: {
            node: { points: number; description: string; reversesEntryId: string | null };
          }[];
        };
      };
    }>(
      '{ myPoints { totals { kind key points } level { key pointsToNext } history(first: 50) { edges { node { points description reversesEntryId } } } } }',
    );
  const allTime = async () =>
    (await myPoints()).myPoints.totals.find((x) => x.kind === 'ALL_TIME')!.points;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDataSource);
    ledger = t.app.get(PointsLedgerService);
    const members = await t.dataSource
      .getRepository(MemberEntity)
      .find({ order: { email: 'ASC' } });
    author = members.find((m) => m.email === 'staff@example.com')!;
    others = members.filter((m) => m.id !== author.id).slice(0, 12);
    authorClient = t.client();
    await authorClient.login('staff@example.com');
  });
  afterAll(() => t.close());

  it('pays a colleague’s view once per day, nothing for own views, and explains each entry', async () => {
    const post = '00000000-0000-7000-8000-00000000a001';
    expect(await record(view(others[0], post), 'v-1')).toMatchObject({ counted: true, points: 1 });
    expect(await record(view(others[0], post), 'v-2')).toEqual({
      counted: false,
      reason: 'duplicateToday',
    });
    expect(await record(view(author, post), 'v-3')).toEqual({
      counted: false,
      reason: 'selfAction',
    });
    // The same entry key is the same event: never paid twice.
    expect(await record(view(others[1], post), 'v-1')).toMatchObject({ counted: true, points: 1 });
    expect(await allTime()).toBe(1);
    const { myPoints: p } = await myPoints();
    expect(p.history.edges[0].node.description).toContain(others[0].displayName);
    expect(p.totals.map((x) => x.kind)).toEqual([
      'DAY',
      'WEEK',
      'MONTH',
      'FISCAL_QUARTER',
      'FISCAL_HALF',
      'FISCAL_YEAR',
      'ALL_TIME',
    ]);
    expect(p.totals.every((x) => x.points === 1)).toBe(true);
  });

  it('counts the same viewer again on the next local day (Asia/Tokyo midnight, not UTC)', async () => {
    const post = '00000000-0000-7000-8000-00000000a002';
    // 23:30 and 00:30 in Tokyo are the same UTC date but different local days.
    expect(
      await record(view(others[2], post, new Date('2026-05-01T14:30:00Z')), 'd-1'),
    ).toMatchObject({ counted: true });
    expect(
      await record(view(others[2], post, new Date('2026-05-01T15:30:00Z')), 'd-2'),
    ).toMatchObject({ counted: true });
    expect(
      await record(view(others[2], post, new Date('2026-05-01T16:30:00Z')), 'd-3'),
    ).toMatchObject({ counted: false });
  });

  it('reverses a source without editing history, and never twice', async () => {
    const before = await allTime();
    const post = '00000000-0000-7000-8000-00000000a003';
    await record(view(others[3], post), 'r-1');
    await record(view(others[4], post), 'r-2');
    expect(await allTime()).toBe(before + 2);
    const reverse = () =>
      db.transaction(author, (scope) =>
        ledger.reverseSource(scope, {
          sourceType: 'knowledgePost',
          sourceId: post,
          reason: 'unpublished',
          keyPrefix: 'test',
        }),
      );
    expect(await reverse()).toBe(2);
    expect(await reverse()).toBe(0);
    expect(await allTime()).toBe(before);
    const history = (await myPoints()).myPoints.history.edges.map((e) => e.node);
    expect(history.filter((h) => h.reversesEntryId).length).toBe(2);
    expect(
      history.filter((h) => h.points < 0).every((h) => h.description.includes('取り消し')),
    ).toBe(true);
  });

  it('holds the daily cap exactly under a concurrent storm with retries, with zero drift', async () => {
    await t.app
      .get(PointRulesService)
      .update(author, author.id, { viewReceived: { points: 1, dailyCap: 7 } });
    const before = await allTime();
    const post = '00000000-0000-7000-8000-00000000a004';
    const at = new Date('2026-06-10T03:00:00Z');
    const calls = Array.from({ length: 240 }, (_, i) => {
      const viewer = others[i % others.length];
      // Every event is sent twice with the same key (a retry) and viewers repeat (same day).
      const key = `storm-${i % 120}`;
      return record(view(viewer, `${post.slice(0, -1)}${i % 3}`, at), key);
    });
    const results = await Promise.all(calls);
    const paid = await t.dataSource.query(
      "SELECT COALESCE(SUM(points), 0) AS p FROM ledger_entries WHERE member_id = ? AND local_day = '2026-06-10'",
      [author.id],
    );
    expect(Number(paid[0].p)).toBe(7);
    expect(await allTime()).toBe(before + 7);
    expect(results.filter((r) => r.counted).length).toBeGreaterThanOrEqual(7);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  /** The usage and source aggregates recomputed from the usage log and the ledger. */
  const expectAggregatesMatchTheLog = async () => {
    const log = await t.dataSource.getRepository(UsageEventEntity).find();
    const days = await t.dataSource.getRepository(MemberUsageDayEntity).find();
    expect(days.length).toBeGreaterThan(0);
    expect(usageDayDifferences(log, days)).toEqual([]);
    const usageMonths = await t.dataSource.getRepository(MemberUsageMonthEntity).find();
    expect(usageMonths.length).toBeGreaterThan(0);
    expect(usageMonthDifferences(days, usageMonths)).toEqual([]);
    const entries = await t.dataSource.getRepository(LedgerEntryEntity).find();
    const months = await t.dataSource.getRepository(MemberSourceMonthEntity).find();
    expect(months.length).toBeGreaterThan(0);
    expect(sourceMonthDifferences(entries, months)).toEqual([]);
  };

  it('keeps the activity aggregates equal to the usage log and the ledger (storm and reversals included)', async () => {
    // The storm above paid 7 views on 2026-06-10 and capped the rest of the distinct ones.
    const [day] = await t.dataSource.getRepository(MemberUsageDayEntity).findBy({
      memberId: author.id,
      role: 'earner',
      kind: 'viewReceived',
      localDay: '2026-06-10',
    });
    expect(day.counted).toBe(7);
    const capped = await t.dataSource.getRepository(UsageEventEntity).countBy({
      earnerId: author.id,
      localDay: '2026-06-10',
      uncountedReason: 'dailyCapReached',
    });
    expect(capped).toBeGreaterThan(0);
    expect(day.genuine).toBe(7 + capped);

    // Every row, recomputed from the log with the domain's rule.
    await expectAggregatesMatchTheLog();
  });

  it('backfills the same aggregates when their migrations run on existing data', async () => {
    const migrations =
      t.dialect === 'mysql'
        ? [
            new MysqlAddMemberUsageDays(),
            new MysqlAddMemberSourceMonths(),
            new MysqlAddMemberUsageMonths(),
          ]
        : [
            new SqliteAddMemberUsageDays(),
            new SqliteAddMemberSourceMonths(),
            new SqliteAddMemberUsageMonths(),
          ];
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const migration of migrations) {
        await migration.down(runner);
        await migration.up(runner);
      }
    } finally {
      await runner.release();
    }
    await expectAggregatesMatchTheLog();
  });

  it('replays an idempotent request and refuses the same key with other arguments', async () => {
    const idem = t.app.get(IdempotencyService);
    const viewer: Viewer = {
      memberId: others[5].id,
      organizationId: others[5].organizationId,
      roles: ['staff'],
      locale: 'ja',
      sessionTokenHash: 'x',
    };
    let runs = 0;
    const work = async () => {
      runs += 1;
      return { n: runs };
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        idem.run(viewer, 'recordView', { postId: 'p1' }, 'idem-key-0001', work),
      ),
    );
    expect(new Set(results.map((r) => r.n)).size).toBe(1);
    await expect(
      idem.run(viewer, 'recordView', { postId: 'p2' }, 'idem-key-0001', work),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(
      idem.run(viewer, 'recordView', { postId: 'p1' }, 'bad', work),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('lets admins change point rules (new version) and shows the rules to everyone', async () => {
    const staffRules = await authorClient.ok<{
      pointRules: { version: number; rules: { kind: string; points: number }[] };
    }>('{ pointRules { version rules { kind points dailyCap label } } }');
    expect(staffRules.pointRules.rules.length).toBeGreaterThan(8);
    const forbidden = await authorClient.request(
      'mutation { updatePointRules(input: [{ kind: "viewReceived", points: 9 }]) { version } }',
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = t.client();
    await admin.login('admin@example.com');
    const bad = await admin.request(
      'mutation { updatePointRules(input: [{ kind: "viewReceived", points: -5 }]) { version } }',
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await admin.ok<{
      updatePointRules: { version: number; rules: { kind: string; points: number }[] };
    }>(
      'mutation { updatePointRules(input: [{ kind: "likeReceived", points: 4 }]) { version rules { kind points } } }',
    );
    expect(ok.updatePointRules.version).toBe(staffRules.pointRules.version + 1);
    expect(ok.updatePointRules.rules.find((r) => r.kind === 'likeReceived')?.points).toBe(4);
  });

  it('lets admins set where each level starts; the ladder must start at 0 and climb', async () => {
    const admin = t.client();
    await admin.login('admin@example.com');
    const forbidden = await authorClient.request(
      'mutation { updateLevelThresholds(minPoints: [0, 1, 2, 3, 4]) { key } }',
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const bad of ['[0, 5, 5, 9, 10]', '[1, 5, 6, 9, 10]', '[0, 5, 6]']) {
      const res = await admin.request(
        `mutation { updateLevelThresholds(minPoints: ${bad}) { key } }`,
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const points = await allTime();
    await admin.ok(
      `mutation { updateLevelThresholds(minPoints: [0, 1, ${points + 1}, ${points + 50}, ${points + 100}]) { key minPoints } }`,
    );
    const { myPoints: p } = await myPoints();
    expect(p.level).toMatchObject({ key: 'intermediate', pointsToNext: 1 });
    const ladder = await authorClient.ok<{
      levelThresholds: { name: string; minPoints: number }[];
    }>('{ levelThresholds { name minPoints } }');
    expect(ladder.levelThresholds.map((l) => l.name)).toEqual([
      '初心者',
      '中級者',
      '上級者',
      'エキスパート',
      'マスター',
    ]);
  });
});
