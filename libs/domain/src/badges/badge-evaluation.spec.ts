import { BUILT_IN_BADGES } from './badge-catalog';
import {
  BADGE_METRICS,
  BADGE_METRIC_INFO,
  badgeDisplayName,
  validateCustomBadge,
  type BadgeDefinition,
  type BadgeMetric,
  type CustomBadgeInput,
} from './badge-criteria';
import {
  badgeProgress,
  badgesToAward,
  earnedKey,
  memberMetrics,
  progressMessage,
  type MemberActivity,
  type UsageDayCount,
} from './badge-evaluation';

const settings = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
// 2026-11-18 (Wed) 12:00 JST
const now = new Date('2026-11-18T03:00:00Z');
const ctx = { now, settings };

const activity = (over: Partial<MemberActivity> = {}): MemberActivity => ({
  received: [],
  performed: [],
  approvedStories: [],
  guidelineAcknowledged: false,
  ambassador: false,
  challengeWins: 0,
  ...over,
});
const rows = (kind: string, count: number, localDay = '2026-11-18'): UsageDayCount[] => [
  { kind, localDay, count },
];
const byCode = (code: string): BadgeDefinition => {
  const b = BUILT_IN_BADGES.find((x) => x.code === code);
  if (!b) throw new Error(code);
  return b;
};
const awardedKeys = (a: MemberActivity, earned: string[] = []) =>
  badgesToAward(BUILT_IN_BADGES, memberMetrics(a, ctx), new Set(earned)).map((x) =>
    earnedKey(x.badge.code, x.level.tier),
  );

describe('built-in catalogue', () => {
  it('has at least 20 badges with unique codes, ja and en texts and ascending tiers', () => {
    expect(BUILT_IN_BADGES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BUILT_IN_BADGES.map((b) => b.code)).size).toBe(BUILT_IN_BADGES.length);
    for (const b of BUILT_IN_BADGES) {
      expect(b.name.ja && b.name.en && b.description.ja && b.description.en).toBeTruthy();
      const thresholds = b.levels.map((l) => l.threshold);
      expect(thresholds).toEqual([...thresholds].sort((x, y) => x - y));
      expect(new Set(thresholds).size).toBe(thresholds.length);
      expect(b.custom).toBe(false);
      // Built-ins recognize without moving point totals; custom badges may pay points.
      expect(b.levels.every((l) => l.points === 0)).toBe(true);
      if (b.period !== 'allTime') expect(BADGE_METRIC_INFO[b.metric].periodic).toBe(true);
    }
  });

  it('covers every required subject', () => {
    const metrics = new Set(BUILT_IN_BADGES.map((b) => b.metric));
    for (const m of [
      'postsPublished',
      'viewsReceived',
      'likesReceived',
      'reusesReceived',
      'forksReceived',
      'storiesApproved',
      'hoursSaved',
      'kudosGiven',
      'kudosReceived',
      'weeklyStreak',
      'guidelineAcknowledged',
      'onboardingComplete',
      'ambassador',
      'challengeWins',
    ] as BadgeMetric[]) {
      expect(metrics.has(m)).toBe(true);
    }
    expect(byCode('author').levels.map((l) => l.tier)).toEqual(['bronze', 'silver', 'gold']);
  });

  it('names a tier in both languages', () => {
    expect(badgeDisplayName(byCode('author'), 'silver')).toEqual({
      ja: '投稿者 シルバー',
      en: 'Author Silver',
    });
    expect(badgeDisplayName(byCode('firstPost'), null)).toEqual(byCode('firstPost').name);
  });
});

describe('each built-in criterion at its thresholds', () => {
  // For every count metric: the activity that gives the metric the value n.
  const makers: Partial<Record<BadgeMetric, (n: number) => MemberActivity>> = {
    postsPublished: (n) => activity({ performed: rows('knowledgePublished', n) }),
    viewsReceived: (n) => activity({ received: rows('viewReceived', n) }),
    likesReceived: (n) => activity({ received: rows('likeReceived', n) }),
    reusesReceived: (n) => activity({ received: rows('templateReused', n) }),
    forksReceived: (n) => activity({ received: rows('templateForked', n) }),
    kudosReceived: (n) => activity({ received: rows('kudosReceived', n) }),
    kudosGiven: (n) => activity({ performed: rows('kudosReceived', n) }),
    templatesUsed: (n) => activity({ performed: rows('templateReused', n) }),
    storiesApproved: (n) =>
      activity({
        approvedStories: Array.from({ length: n }, () => ({
          approvedAt: now,
          minutesBefore: 1,
          minutesAfter: 0,
          occurrencesPerMonth: 1,
        })),
      }),
    // One story saving exactly n hours a month: 60 min × n occurrences.
    hoursSaved: (n) =>
      activity({
        approvedStories: [
          { approvedAt: now, minutesBefore: 60, minutesAfter: 0, occurrencesPerMonth: n },
        ],
      }),
    challengeWins: (n) => activity({ challengeWins: n }),
  };

  const cases = BUILT_IN_BADGES.flatMap((b) =>
    b.levels.map((l) => [b.code, l.tier ?? '-', l.threshold, b] as const),
  ).filter(([, , , b]) => makers[b.metric]);

  it.each(cases)('%s %s: earned at %i, not one below', (code, tier, threshold, b) => {
    const make = makers[b.metric]!;
    const key = earnedKey(code, tier === '-' ? null : (tier as 'bronze'));
    expect(awardedKeys(make(threshold))).toContain(key);
    expect(awardedKeys(make(threshold - 1))).not.toContain(key);
  });

  it('awards every lower tier crossed at once, and only missing tiers', () => {
    const a = activity({ performed: rows('knowledgePublished', 20) });
    expect(awardedKeys(a).filter((k) => k.startsWith('author:'))).toEqual([
      'author:bronze',
      'author:silver',
    ]);
    expect(awardedKeys(a, ['author:bronze']).filter((k) => k.startsWith('author:'))).toEqual([
      'author:silver',
    ]);
  });

  it('counts templates and knowledge posts alike as posts', () => {
    const a = activity({
      performed: [...rows('knowledgePublished', 3), ...rows('templatePublished', 2, '2026-10-01')],
    });
    expect(memberMetrics(a, ctx).value('postsPublished', 'allTime')).toBe(5);
    expect(awardedKeys(a)).toContain('author:bronze');
  });

  it('counts a period badge only inside the current period', () => {
    const lastMonth = activity({ performed: rows('knowledgePublished', 5, '2026-10-31') });
    expect(awardedKeys(lastMonth)).not.toContain('monthlyAuthor:');
    const thisMonth = activity({
      performed: [
        ...rows('knowledgePublished', 2, '2026-11-01'),
        ...rows('knowledgePublished', 1, '2026-11-18'),
      ],
    });
    expect(awardedKeys(thisMonth)).toContain('monthlyAuthor:');
    // Fiscal year from April: 2026-04-01 is in FY2026, 2026-03-31 is not.
    const m = memberMetrics(
      activity({
        performed: [
          ...rows('knowledgePublished', 7, '2026-04-01'),
          ...rows('knowledgePublished', 9, '2026-03-31'),
        ],
      }),
      ctx,
    );
    expect(m.value('postsPublished', 'fiscalYear')).toBe(7);
    expect(m.value('postsPublished', 'allTime')).toBe(16);
  });

  it('kudos given and received are different metrics of the same usage kind', () => {
    const given = memberMetrics(activity({ performed: rows('kudosReceived', 5) }), ctx);
    expect(given.value('kudosGiven', 'allTime')).toBe(5);
    expect(given.value('kudosReceived', 'allTime')).toBe(0);
  });

  it('sums hours saved over approved stories and floors to whole hours', () => {
    const story = (minutesBefore: number, occurrencesPerMonth: number) => ({
      approvedAt: now,
      minutesBefore,
      minutesAfter: 0,
      occurrencesPerMonth,
    });
    const m = memberMetrics(
      activity({ approvedStories: [story(30, 19), story(60, 0.5)] }), // 9.5 h + 0.5 h
      ctx,
    );
    expect(m.value('hoursSaved', 'allTime')).toBe(10);
    const under = memberMetrics(activity({ approvedStories: [story(59.99, 10)] }), ctx);
    expect(under.value('hoursSaved', 'allTime')).toBe(9);
  });

  it('awards yes/no badges: guideline, ambassador, onboarding', () => {
    expect(awardedKeys(activity())).toEqual([]);
    expect(awardedKeys(activity({ guidelineAcknowledged: true }))).toEqual([
      'guidelineAcknowledged:',
    ]);
    expect(awardedKeys(activity({ ambassador: true }))).toEqual(['ambassador:']);
    const onboarded = activity({
      guidelineAcknowledged: true,
      performed: [
        ...rows('templateReused', 1),
        ...rows('likeReceived', 1),
        ...rows('knowledgePublished', 1),
        ...rows('kudosReceived', 1),
      ],
    });
    expect(awardedKeys(onboarded)).toContain('onboardingComplete:');
    const almost = { ...onboarded, performed: onboarded.performed.slice(1) };
    expect(awardedKeys(almost)).not.toContain('onboardingComplete:');
  });

  it('never awards a manual badge automatically', () => {
    const manual: BadgeDefinition = {
      ...byCode('firstPost'),
      code: 'c-1',
      metric: 'manual',
      custom: true,
    };
    expect(badgesToAward([manual], memberMetrics(activity(), ctx), new Set())).toEqual([]);
  });
});

describe('weekly streak badge', () => {
  // Mondays of consecutive ISO weeks ending with the week of `now` (2026-W47).
  const weekDays = (count: number, endMonday = '2026-11-16') => {
    const end = new Date(`${endMonday}T00:00:00Z`).getTime();
    return Array.from({ length: count }, (_, i) =>
      new Date(end - i * 7 * 86_400_000).toISOString().slice(0, 10),
    );
  };
  const streak = (days: string[]) =>
    activity({ performed: days.map((d) => ({ kind: 'templateReused', localDay: d, count: 1 })) });

  it('earns bronze at 4 consecutive weeks, not at 3', () => {
    expect(awardedKeys(streak(weekDays(4)))).toContain('weeklyStreak:bronze');
    expect(awardedKeys(streak(weekDays(3)))).not.toContain('weeklyStreak:bronze');
  });

  it('a broken streak restarts: progress shows the live run, the longest run is kept', () => {
    // 4 weeks long ago, a gap, then the last 2 weeks.
    const days = [...weekDays(4, '2026-08-03'), ...weekDays(2)];
    const m = memberMetrics(streak(days), ctx);
    expect(m.streaks).toEqual({ longest: 4, current: 2 });
    const p = badgeProgress(byCode('weeklyStreak'), m, ['bronze']);
    expect(p.next).toMatchObject({ tier: 'silver', threshold: 12, remaining: 10 });
    expect(progressMessage(p, 'ja')).toBe('あと10週でシルバー');
  });

  it('only counts contributions (a view received is not one) and stories approved', () => {
    const views = activity({
      received: weekDays(5).map((d) => ({ kind: 'viewReceived', localDay: d, count: 3 })),
    });
    expect(memberMetrics(views, ctx).streaks.longest).toBe(0);
    const storiesOnly = activity({
      received: weekDays(4).map((d) => ({ kind: 'storyApproved', localDay: d, count: 1 })),
    });
    expect(memberMetrics(storiesOnly, ctx).streaks.longest).toBe(4);
  });
});

describe('badge progress', () => {
  it('reports the next tier, its threshold and what remains', () => {
    const m = memberMetrics(activity({ received: rows('likeReceived', 47) }), ctx);
    const p = badgeProgress(byCode('helpful'), m, ['bronze']);
    expect(p).toMatchObject({ value: 47, earnedTiers: ['bronze'], complete: false });
    expect(p.next).toMatchObject({ tier: 'silver', threshold: 50, remaining: 3 });
    expect(progressMessage(p, 'ja')).toBe('あと3件でシルバー');
    expect(progressMessage(p, 'en')).toBe('3 more to Silver');
  });

  it('is complete when every tier is earned; remaining 0 when reached but not yet awarded', () => {
    const m = memberMetrics(activity({ received: rows('likeReceived', 250) }), ctx);
    expect(badgeProgress(byCode('helpful'), m, ['bronze', 'silver', 'gold'])).toMatchObject({
      complete: true,
      next: null,
    });
    const pending = badgeProgress(byCode('helpful'), m, []);
    expect(pending.next).toMatchObject({ tier: 'bronze', remaining: 0 });
    expect(progressMessage(pending, 'ja')).toBeNull();
  });

  it('says 獲得 for an untiered badge and nothing for yes/no badges', () => {
    const m = memberMetrics(
      activity({ performed: rows('knowledgePublished', 1, '2026-11-02') }),
      ctx,
    );
    const monthly = badgeProgress(byCode('monthlyAuthor'), m, []);
    expect(progressMessage(monthly, 'ja')).toBe('あと2件で獲得');
    const ambassador = badgeProgress(byCode('ambassador'), m, []);
    expect(ambassador.next?.remaining).toBe(1);
    expect(progressMessage(ambassador, 'en')).toBeNull();
  });
});

describe('validateCustomBadge', () => {
  const input = (over: Partial<CustomBadgeInput> = {}): CustomBadgeInput => ({
    nameJa: '議事録マスター',
    nameEn: 'Minutes master',
    descriptionJa: '',
    descriptionEn: '',
    metric: 'reusesReceived',
    period: 'month',
    threshold: 20,
    points: 15,
    ...over,
  });
  const codes = (over: Partial<CustomBadgeInput>) => {
    const r = validateCustomBadge(input(over));
    return r.ok ? [] : r.errors.map((e) => e.code);
  };

  it('accepts every metric with all-time and builds one untiered level', () => {
    for (const metric of BADGE_METRICS) {
      const r = validateCustomBadge(input({ metric, period: 'allTime', threshold: 1 }));
      expect(r.ok).toBe(true);
    }
    const r = validateCustomBadge(input());
    expect(r.ok && r.value).toMatchObject({
      metric: 'reusesReceived',
      period: 'month',
      scope: 'member',
      levels: [{ tier: null, threshold: 20, points: 15 }],
    });
  });

  it('rejects unknown metrics and periods, bad thresholds and points', () => {
    expect(codes({ metric: 'pageRank' })).toEqual(['badge.unknownMetric']);
    expect(codes({ period: 'decade' })).toEqual(['badge.unknownPeriod']);
    expect(codes({ metric: 'weeklyStreak', period: 'month' })).toEqual([
      'badge.periodNotSupported',
    ]);
    expect(codes({ threshold: 0 })).toEqual(['badge.thresholdInvalid']);
    expect(codes({ threshold: -3 })).toEqual(['badge.thresholdInvalid']);
    expect(codes({ threshold: 1.5 })).toEqual(['badge.thresholdInvalid']);
    expect(codes({ metric: 'ambassador', period: 'allTime', threshold: 2 })).toEqual([
      'badge.thresholdUnreachable',
    ]);
    expect(codes({ points: -1 })).toEqual(['badge.pointsInvalid']);
    expect(codes({ points: 1001 })).toEqual(['badge.pointsInvalid']);
    expect(codes({ nameJa: '  ', nameEn: 'x'.repeat(61) })).toEqual([
      'badge.required',
      'badge.tooLong',
    ]);
  });
});
