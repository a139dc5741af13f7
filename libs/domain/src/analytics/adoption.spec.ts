import { zonedStartOfDay } from '../periods/zoned-time';
import {
  computeAdoption,
  deadContentWindowStart,
  validateAnalyticsRange,
  type AdoptionFacts,
} from './adoption';
import { adoptionCsv, ADOPTION_CHARTS } from './adoption-csv';

const settings = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
const at = (day: string, hour = 0) =>
  new Date(zonedStartOfDay(day, 'Asia/Tokyo').getTime() + hour * 3_600_000);
const member = (
  memberId: string,
  name: string,
  departmentId: string | null,
  createdOn = '2026-01-01',
  deactivatedOn: string | null = null,
) => ({
  memberId,
  name,
  departmentId,
  createdAt: at(createdOn),
  active: deactivatedOn === null,
  deactivatedAt: deactivatedOn ? at(deactivatedOn) : null,
});

// Range: ISO weeks 2026-W44 (Oct 26 – Nov 1) and 2026-W45 (Nov 2 – 8); months 2026-10, 2026-11.
const range = (() => {
  const r = validateAnalyticsRange({ from: '2026-10-26', to: '2026-11-08' }, settings);
  if (!r.ok) throw new Error('fixture range');
  return r.value;
})();

const facts: AdoptionFacts = {
  roster: [
    member('m1', '青木', 'A'),
    member('m2', '上田', 'A'),
    member('m3', '伊藤', 'B'),
    member('m4', '江口', 'B', '2026-11-03'),
    member('m5', '大野', 'A', '2026-01-01', '2026-10-30'),
    member('m6', '加藤', null),
  ],
  departments: [
    { id: 'A', name: '営業部' },
    { id: 'B', name: '開発部' },
    { id: 'C', name: '人事部' },
  ],
  activity: [
    { memberId: 'm1', day: '2026-10-27', kind: 'knowledgePublished', count: 1 },
    { memberId: 'm2', day: '2026-11-02', kind: 'kudosReceived', count: 2 },
    { memberId: 'm3', day: '2026-11-05', kind: 'templateReused', count: 3 },
    { memberId: 'm4', day: '2026-11-06', kind: 'storyApproved', count: 1 },
    { memberId: 'm5', day: '2026-10-28', kind: 'knowledgePublished', count: 1 },
    { memberId: 'm6', day: '2026-10-20', kind: 'templatePublished', count: 1 },
  ],
  stories: [
    { authorId: 'm1', approvedAt: at('2026-09-15', 10), hoursPerMonth: 10, templateIds: ['t1'] },
    {
      authorId: 'm3',
      approvedAt: at('2026-11-05', 10),
      hoursPerMonth: 2.5,
      templateIds: ['t1', 't2'],
    },
    { authorId: 'm2', approvedAt: at('2026-11-20'), hoursPerMonth: 100, templateIds: ['t2'] },
  ],
  templates: [
    { templateId: 't1', title: '議事録', authorId: 'm2' },
    { templateId: 't2', title: 'メール', authorId: 'm3' },
    { templateId: 't3', title: '=cmd', authorId: 'm1' },
  ],
  templateReuses: [
    { templateId: 't1', reuses: 3 },
    { templateId: 't3', reuses: 5 },
  ],
  points: [
    { memberId: 'm1', points: 30 },
    { memberId: 'm2', points: 10 },
    { memberId: 'm3', points: 30 },
    { memberId: 'm5', points: 5 },
    { memberId: 'm6', points: -2 },
  ],
  posts: [
    {
      postId: 'p1',
      title: 'p1',
      ownerId: 'm1',
      publishedAt: at('2026-05-01'),
      reviewBy: '2026-11-08',
      lastViewedOn: '2026-08-10',
    },
    {
      postId: 'p2',
      title: 'p2',
      ownerId: 'm2',
      publishedAt: at('2026-05-01'),
      reviewBy: '2026-06-01',
      lastViewedOn: '2026-08-11',
    },
    {
      postId: 'p3',
      title: 'p3',
      ownerId: 'm3',
      publishedAt: at('2026-10-01'),
      reviewBy: '2027-01-01',
      lastViewedOn: null,
    },
    {
      postId: 'p4',
      title: 'p4',
      ownerId: 'm6',
      publishedAt: at('2026-01-10'),
      reviewBy: '2026-11-07',
      lastViewedOn: null,
    },
  ],
};

describe('validateAnalyticsRange', () => {
  const codes = (from: string, to: string) => {
    const r = validateAnalyticsRange({ from, to }, settings);
    return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
  };
  it('spans local days in the organization zone', () => {
    expect(range.start.toISOString()).toBe('2026-10-25T15:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-11-08T15:00:00.000Z');
  });
  it('refuses unknown, inverted and over-long ranges', () => {
    expect(codes('2026-13-01', 'x')).toEqual([
      'from:analytics.invalidDate',
      'to:analytics.invalidDate',
    ]);
    expect(codes('2026-11-02', '2026-11-01')).toEqual(['to:analytics.inverted']);
    expect(codes('2025-01-01', '2026-12-31')).toEqual([]); // 730 days
    expect(codes('2025-01-01', '2027-01-02')).toEqual(['to:analytics.tooLong']);
  });
  it('puts the dead-content window at 90 days ending on `to`', () => {
    expect(deadContentWindowStart('2026-11-08')).toBe('2026-08-11');
  });
});

describe('computeAdoption (hand-computed fixture)', () => {
  const a = computeAdoption(range, settings, { departmentIds: null }, facts);

  it('counts active members among the members at the end of the range', () => {
    // Members at the end: m1 m2 m3 m4 m6 (m5 left); active: m1 (post), m3 (reuse), m4 (story).
    expect(a.activeRate).toEqual({ activeMembers: 3, members: 5, rate: 0.6 });
    expect(a.departments).toEqual([
      { departmentId: 'C', name: '人事部', activeMembers: 0, members: 0, rate: 0 },
      { departmentId: 'A', name: '営業部', activeMembers: 1, members: 2, rate: 0.5 },
      { departmentId: 'B', name: '開発部', activeMembers: 2, members: 2, rate: 1 },
    ]);
  });

  it('trends per ISO week and month with members at each period end', () => {
    expect(a.weeklyTrend).toEqual([
      {
        periodKey: '2026-W44',
        firstDay: '2026-10-26',
        lastDay: '2026-11-01',
        activeMembers: 1,
        members: 4,
        rate: 0.25,
      },
      {
        periodKey: '2026-W45',
        firstDay: '2026-11-02',
        lastDay: '2026-11-08',
        activeMembers: 2,
        members: 5,
        rate: 0.4,
      },
    ]);
    expect(a.monthlyTrend).toEqual([
      {
        periodKey: '2026-10',
        firstDay: '2026-10-26',
        lastDay: '2026-10-31',
        activeMembers: 1,
        members: 4,
        rate: 0.25,
      },
      {
        periodKey: '2026-11',
        firstDay: '2026-11-01',
        lastDay: '2026-11-08',
        activeMembers: 2,
        members: 5,
        rate: 0.4,
      },
    ]);
  });

  it('counts contributions per week by kind', () => {
    expect(a.contributionsByWeek).toEqual([
      {
        week: '2026-W44',
        firstDay: '2026-10-26',
        posts: 2,
        templates: 0,
        stories: 0,
        reuses: 0,
        reviews: 0,
        kudos: 0,
      },
      {
        week: '2026-W45',
        firstDay: '2026-11-02',
        posts: 0,
        templates: 0,
        stories: 1,
        reuses: 3,
        reviews: 0,
        kudos: 2,
      },
    ]);
  });

  it('counts hours saved from the approval month on, per month and cumulative', () => {
    expect(a.hoursSavedByMonth).toEqual([
      { month: '2026-10', hoursSaved: 10, cumulativeHours: 10 },
      { month: '2026-11', hoursSaved: 12.5, cumulativeHours: 22.5 },
    ]);
    expect(a.totalHoursSaved).toBe(22.5);
  });

  it('ranks templates by reuses and by hours saved, contributors by points', () => {
    expect(a.topTemplatesByReuses.map((t) => [t.templateId, t.reuses])).toEqual([
      ['t3', 5],
      ['t1', 3],
    ]);
    expect(
      a.topTemplatesByHoursSaved.map((t) => [t.templateId, t.hoursSavedPerMonth, t.hoursSaved]),
    ).toEqual([
      ['t1', 12.5, 22.5],
      ['t2', 2.5, 2.5],
    ]);
    expect(a.topTemplatesByReuses[1].authorName).toBe('上田');
    expect(a.topContributors.map((c) => [c.memberId, c.points])).toEqual([
      ['m3', 30],
      ['m1', 30],
      ['m2', 10],
      ['m5', 5],
    ]);
  });

  it('lists dead content (no views in 90 days) and stale content (past review-by)', () => {
    expect(a.deadContent.map((c) => [c.postId, c.ownerName])).toEqual([
      ['p4', '加藤'],
      ['p1', '青木'],
    ]);
    expect(a.deadContentCount).toBe(2);
    expect(a.staleContent.map((c) => c.postId)).toEqual(['p2', 'p4']);
  });

  it('compares departments', () => {
    expect(
      a.departmentComparison.map((d) => [d.name, d.posts, d.reuses, d.hoursSaved, d.points]),
    ).toEqual([
      ['人事部', 0, 0, 0, 0],
      ['営業部', 2, 0, 20, 45],
      ['開発部', 0, 3, 2.5, 30],
    ]);
  });

  it('restricts everything to the departments in scope', () => {
    const b = computeAdoption(range, settings, { departmentIds: ['B'] }, facts);
    expect(b.activeRate).toEqual({ activeMembers: 2, members: 2, rate: 1 });
    expect(b.departments.map((d) => d.departmentId)).toEqual(['B']);
    expect(b.topContributors.map((c) => c.memberId)).toEqual(['m3']);
    expect(b.deadContent).toEqual([]);
    expect(b.staleContent).toEqual([]);
    expect(b.hoursSavedByMonth.map((m) => m.hoursSaved)).toEqual([0, 2.5]);
    expect(b.topTemplatesByReuses.map((t) => t.templateId)).toEqual(['t3', 't1']);
  });
});

describe('adoptionCsv', () => {
  const a = computeAdoption(range, settings, { departmentIds: null }, facts);
  it('writes every chart with a BOM, CRLF and formula-inert text', () => {
    for (const chart of ADOPTION_CHARTS) {
      const { filename, content } = adoptionCsv(chart, a, 'ja');
      expect(filename).toBe(`adoption-${chart}-2026-10-26_2026-11-08.csv`);
      expect(content.startsWith('\uFEFF"')).toBe(true);
      expect(content.endsWith('\r\n')).toBe(true);
      expect(content.replace(/\r\n/g, '')).not.toContain('\n');
    }
    const reuses = adoptionCsv('topTemplatesByReuses', a, 'en').content;
    expect(reuses.split('\r\n')[1]).toBe('"t3","\'=cmd","青木",5,0,0');
    expect(adoptionCsv('activeRate', a, 'ja').content.split('\r\n')[1]).toBe('"全体",3,5,0.6');
  });
});
