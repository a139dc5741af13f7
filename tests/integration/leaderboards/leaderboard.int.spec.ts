import { periodOf } from '@chienowa/domain';
import type { GraphQLClient } from '../../support/graphql-client';
import { errorCode } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { seedOrganization, type SeededOrg } from './org-fixture';

type Entry = {
  rank: number;
  points: number;
  isMe: boolean;
  member: { displayName: string } | null;
  team: { name: string } | null;
  department: { name: string } | null;
};
type Board = {
  periodKey: string;
  totalRanked: number;
  visibleTopN: number | null;
  entries: Entry[];
  me: Entry | null;
};

const ENTRY = 'rank points isMe member { displayName } team { name } department { name }';
const BOARD = `query B($input: LeaderboardInput!) { leaderboard(input: $input) {
  periodKey totalRanked visibleTopN entries { ${ENTRY} } me { ${ENTRY} } } }`;

const name = (e: Entry) => e.member?.displayName ?? e.team?.name ?? e.department?.name;
const rows = (b: Board) => b.entries.map((e) => [name(e), e.rank, e.points]);

/**
 * Boards over the maintained totals of a dedicated organization:
 *   営業部: A班 (青木 50, 伊藤 30), B班 (上田 30)
 *   開発部: C班 (遠藤 10, 岡田 5, 木村 15 — hidden by choice, 加藤 100 — inactive)
 *   総務部: 後藤 7 (no team, points at a week/month boundary), 企画部: nobody
 */
describe('leaderboards', () => {
  let t: TestApp;
  let org: SeededOrg;
  let clients: Record<string, GraphQLClient>;

  const board = async (client: GraphQLClient, input: Record<string, unknown>) =>
    (await client.ok<{ leaderboard: Board }>(BOARD, { input })).leaderboard;

  // An instant in this month but not this week, or (early in a month) in this week but not
  // this month: the period boundary check in the organization's zone.
  const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
  const now = new Date();
  const week = periodOf('week', now, tokyo);
  const month = periodOf('month', now, tokyo);
  const monthNotWeek = month.start.getTime() < week.start.getTime();
  const boundaryInstant = new Date(
    (monthNotWeek ? month.start.getTime() : week.start.getTime()) + 60_000,
  );

  beforeAll(async () => {
    t = await startTestApp();
    org = await seedOrganization(t, 'lb-org', {
      departments: ['営業部', '開発部', '総務部', '企画部'],
      teams: [
        { name: 'A班', department: '営業部' },
        { name: 'B班', department: '営業部' },
        { name: 'C班', department: '開発部' },
      ],
      members: {
        aoki: { name: '青木', reading: 'アオキ', department: '営業部', teams: ['A班'] },
        ito: { name: '伊藤', reading: 'イトウ', department: '営業部', teams: ['A班'] },
        ueda: { name: '上田', reading: 'ウエダ', department: '営業部', teams: ['B班'] },
        endo: {
          name: '遠藤',
          reading: 'エンドウ',
          department: '開発部',
          teams: ['C班'],
          roles: ['staff', 'manager'],
        },
        okada: { name: '岡田', reading: 'オカダ', department: '開発部', teams: ['C班'] },
        kimura: { name: '木村', reading: 'キムラ', department: '開発部', teams: ['C班'] },
        kato: {
          name: '加藤',
          reading: 'カトウ',
          department: '開発部',
          teams: ['C班'],
          active: false,
        },
        goto: { name: '後藤', reading: 'ゴトウ', department: '総務部' },
      },
    });
    for (const [key, points] of Object.entries({
      aoki: 50,
      ito: 30,
      ueda: 30,
      endo: 10,
      okada: 5,
      kimura: 15,
      kato: 100,
    })) {
      await org.award(key, points);
    }
    await org.award('goto', 7, boundaryInstant);
    clients = {
      admin: await org.adminClient(),
      okada: await org.login('okada'),
      ito: await org.login('ito'),
      kimura: await org.login('kimura'),
      endo: await org.login('endo'),
    };
    const hide = await clients.kimura.ok<{ setLeaderboardVisibility: { hidden: boolean } }>(
      'mutation { setLeaderboardVisibility(hidden: true) { hidden } }',
    );
    expect(hide.setLeaderboardVisibility.hidden).toBe(true);
  });
  afterAll(() => t.close());

  it('ranks members with ties (1, 2, 2, 4), leaving out inactive and hidden members', async () => {
    const b = await board(clients.admin, { subject: 'MEMBER', period: 'ALL_TIME', first: 10 });
    expect(b.periodKey).toBe('all');
    expect(rows(b)).toEqual([
      ['青木', 1, 50],
      ['伊藤', 2, 30],
      ['上田', 2, 30],
      ['遠藤', 4, 10],
      ['後藤', 5, 7],
      ['岡田', 6, 5],
    ]);
    expect(b.totalRanked).toBe(6);
    expect(b.visibleTopN).toBeNull();
    // The admin has no points: still given a place, after everyone listed.
    expect(b.me).toMatchObject({ rank: 7, points: 0, isMe: true });
  });

  it('always shows my own rank, also outside the top', async () => {
    const b = await board(clients.okada, { subject: 'MEMBER', period: 'ALL_TIME', first: 2 });
    expect(rows(b)).toEqual([
      ['青木', 1, 50],
      ['伊藤', 2, 30],
    ]);
    expect(b.me).toMatchObject({ rank: 6, points: 5, isMe: true, member: { displayName: '岡田' } });
    expect(b.entries.some((e) => e.isMe)).toBe(false);
    const top = await board(clients.ito, { subject: 'MEMBER', period: 'ALL_TIME', first: 3 });
    expect(top.entries.filter((e) => e.isMe).map(name)).toEqual(['伊藤']);
    expect(top.me).toMatchObject({ rank: 2, points: 30 });
  });

  it('gives a hidden member their own rank as if listed, but never lists them', async () => {
    const b = await board(clients.kimura, { subject: 'MEMBER', period: 'ALL_TIME', first: 10 });
    expect(b.entries.map(name)).not.toContain('木村');
    expect(b.me).toMatchObject({ rank: 4, points: 15, member: { displayName: '木村' } });
  });

  it('sums teams and departments from member totals: hidden counted, inactive not, ties shared', async () => {
    const teams = await board(clients.okada, { subject: 'TEAM', period: 'ALL_TIME', first: 10 });
    // C班 = 10 + 5 + 15 (木村, hidden, still counts); 加藤's 100 (inactive) does not.
    expect(rows(teams)).toEqual([
      ['A班', 1, 80],
      ['B班', 2, 30],
      ['C班', 2, 30],
    ]);
    expect(teams.me).toMatchObject({ rank: 2, points: 30, isMe: true, team: { name: 'C班' } });
    expect(teams.entries.find((e) => e.isMe)?.team?.name).toBe('C班');

    const departments = await board(clients.okada, {
      subject: 'DEPARTMENT',
      period: 'ALL_TIME',
      first: 10,
    });
    expect(rows(departments)).toEqual([
      ['営業部', 1, 110],
      ['開発部', 2, 30],
      ['総務部', 3, 7],
      ['企画部', 4, 0],
    ]);
    expect(departments.me).toMatchObject({ rank: 2, department: { name: '開発部' } });
  });

  it('narrows to my department or my team', async () => {
    const dept = await board(clients.okada, {
      subject: 'MEMBER',
      period: 'ALL_TIME',
      scope: 'MY_DEPARTMENT',
      first: 10,
    });
    expect(rows(dept)).toEqual([
      ['遠藤', 1, 10],
      ['岡田', 2, 5],
    ]);
    expect(dept.me).toMatchObject({ rank: 2 });
    const team = await board(clients.ito, {
      subject: 'MEMBER',
      period: 'ALL_TIME',
      scope: 'MY_TEAM',
      first: 10,
    });
    expect(rows(team)).toEqual([
      ['青木', 1, 50],
      ['伊藤', 2, 30],
    ]);
    const myTeams = await board(clients.okada, {
      subject: 'TEAM',
      period: 'ALL_TIME',
      scope: 'MY_DEPARTMENT',
      first: 10,
    });
    expect(rows(myTeams)).toEqual([['C班', 1, 30]]);
    const bad = await clients.okada.request(BOARD, {
      input: { subject: 'DEPARTMENT', period: 'ALL_TIME', scope: 'MY_TEAM' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('separates this week from this month at the organization’s local boundary', async () => {
    const weekBoard = await board(clients.admin, { subject: 'MEMBER', period: 'WEEK', first: 20 });
    const monthBoard = await board(clients.admin, {
      subject: 'MEMBER',
      period: 'MONTH',
      first: 20,
    });
    expect(weekBoard.periodKey).toBe(week.key);
    expect(monthBoard.periodKey).toBe(month.key);
    const inWeek = weekBoard.entries.some((e) => name(e) === '後藤');
    const inMonth = monthBoard.entries.some((e) => name(e) === '後藤');
    expect([inWeek, inMonth]).toEqual(monthNotWeek ? [false, true] : [true, false]);
    // Everyone else earned today: on both boards.
    expect(weekBoard.entries.map(name)).toContain('青木');
    expect(monthBoard.entries.map(name)).toContain('青木');
  });

  it('shows staff only the top N (whole ties) plus their own rank; managers and admins all', async () => {
    const staffSettings = await clients.okada.request(
      'mutation { updateLeaderboardSettings(input: { staffVisibleTopN: 1 }) { staffVisibleTopN } }',
    );
    expect(errorCode(staffSettings)).toBe('FORBIDDEN');
    const invalid = await clients.admin.request(
      'mutation { updateLeaderboardSettings(input: { staffVisibleTopN: 0 }) { staffVisibleTopN } }',
    );
    expect(invalid.errors?.[0].extensions?.fields?.[0].code).toBe('leaderboard.topNOutOfRange');

    await clients.admin.ok(
      'mutation { updateLeaderboardSettings(input: { staffVisibleTopN: 2 }) { staffVisibleTopN } }',
    );
    expect(
      (
        await clients.admin.ok<{ leaderboardSettings: { staffVisibleTopN: number } }>(
          '{ leaderboardSettings { staffVisibleTopN } }',
        )
      ).leaderboardSettings.staffVisibleTopN,
    ).toBe(2);

    const staff = await board(clients.okada, { subject: 'MEMBER', period: 'ALL_TIME', first: 10 });
    expect(rows(staff)).toEqual([
      ['青木', 1, 50],
      ['伊藤', 2, 30],
      ['上田', 2, 30],
    ]);
    expect(staff.visibleTopN).toBe(2);
    expect(staff.totalRanked).toBe(6);
    expect(staff.me).toMatchObject({ rank: 6, points: 5 });

    const manager = await board(clients.endo, {
      subject: 'MEMBER',
      period: 'ALL_TIME',
      first: 10,
    });
    expect(manager.entries).toHaveLength(6);
    expect(manager.visibleTopN).toBeNull();

    await clients.admin.ok(
      'mutation { updateLeaderboardSettings(input: { staffVisibleTopN: 1 }) { staffVisibleTopN } }',
    );
    const teams = await board(clients.okada, { subject: 'TEAM', period: 'ALL_TIME', first: 10 });
    expect(rows(teams)).toEqual([['A班', 1, 80]]);
    expect(teams.me).toMatchObject({ rank: 2, team: { name: 'C班' } });

    await clients.admin.ok(
      'mutation { updateLeaderboardSettings(input: { staffVisibleTopN: null }) { staffVisibleTopN } }',
    );
    expect(
      (await board(clients.okada, { subject: 'MEMBER', period: 'ALL_TIME', first: 10 })).entries,
    ).toHaveLength(6);
  });

  it('lets a member return to the public board', async () => {
    await clients.kimura.ok('mutation { setLeaderboardVisibility(hidden: false) { hidden } }');
    const b = await board(clients.kimura, { subject: 'MEMBER', period: 'ALL_TIME', first: 10 });
    expect(b.entries.find((e) => e.isMe)).toMatchObject({ rank: 4, points: 15 });
    await clients.kimura.ok('mutation { setLeaderboardVisibility(hidden: true) { hidden } }');
    const v = await clients.kimura.ok<{ myLeaderboardVisibility: { hidden: boolean } }>(
      '{ myLeaderboardVisibility { hidden } }',
    );
    expect(v.myLeaderboardVisibility.hidden).toBe(true);
  });

  it('rejects first above 100', async () => {
    const res = await clients.okada.request(BOARD, {
      input: { subject: 'MEMBER', period: 'ALL_TIME', first: 101 },
    });
    expect(res.errors?.[0].extensions?.fields?.[0].code).toBe('leaderboard.firstOutOfRange');
  });
});
