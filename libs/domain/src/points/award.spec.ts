import {
  applyDailyCap,
  decideAward,
  dedupeKeyFor,
  type AwardContext,
  type PointEvent,
} from './award';
import { DEFAULT_POINT_RULE_SET, applyPointRulesPatch, type PointEventKind } from './point-rules';

const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
const utc = { timeZone: 'UTC', fiscalYearStartMonth: 4 };

const context = (overrides: Partial<AwardContext> = {}): AwardContext => ({
  ruleSet: DEFAULT_POINT_RULE_SET,
  settings: tokyo,
  earnedTodayForKind: 0,
  alreadyCountedToday: false,
  ...overrides,
});

const view = (overrides: Partial<PointEvent> = {}): PointEvent => ({
  kind: 'viewReceived',
  earnerId: 'author',
  actorId: 'viewer',
  sourceType: 'knowledgePost',
  sourceId: 'post-1',
  occurredAt: new Date('2026-11-23T03:00:00Z'), // 12:00 JST
  ...overrides,
});

const event = (kind: PointEventKind, overrides: Partial<PointEvent> = {}): PointEvent => {
  const sourceType = (
    {
      knowledgePublished: 'knowledgePost',
      viewReceived: 'knowledgePost',
      likeReceived: 'knowledgePost',
      templatePublished: 'template',
      templateReused: 'template',
      templateForked: 'template',
      storyApproved: 'story',
      storyTemplateBonus: 'story',
      knowledgeReviewed: 'knowledgePost',
      kudosReceived: 'kudos',
      badgeAwarded: 'badge',
      challengeWon: 'challenge',
      manualAdjustment: 'manual',
    } as const
  )[kind];
  return view({ kind, sourceType, ...overrides });
};

describe('decideAward: a plain counted event', () => {
  it('pays the rule, with version, category, reason, dedupe key and period keys', () => {
    expect(decideAward(view(), context())).toEqual({
      counted: true,
      points: 1,
      kind: 'viewReceived',
      category: 'views',
      ruleVersion: 1,
      reason: {
        kind: 'viewReceived',
        basePoints: 1,
        dailyCap: 50,
        earnedTodayBefore: 0,
        partial: false,
      },
      dedupeKey: 'view:post-1:viewer:2026-11-23',
      periodKeys: {
        day: '2026-11-23',
        week: '2026-W48',
        month: '2026-11',
        fiscalQuarter: 'FY2026-Q3',
        fiscalHalf: 'FY2026-H2',
        fiscalYear: 'FY2026',
        all: 'all',
      },
    });
  });

  it('pays the current rule version after an admin change', () => {
    const ruleSet = applyPointRulesPatch(DEFAULT_POINT_RULE_SET, { templateReused: { points: 8 } });
    const d = decideAward(event('templateReused'), context({ ruleSet }));
    expect(d.counted && [d.points, d.ruleVersion]).toEqual([8, 2]);
  });
});

describe('decideAward: self-actions earn nothing', () => {
  it.each([
    'viewReceived',
    'likeReceived',
    'templateReused',
    'templateForked',
    'storyApproved',
    'storyTemplateBonus',
    'kudosReceived',
    'badgeAwarded',
    'challengeWon',
    'manualAdjustment',
  ] as const)('%s by the earner is a selfAction', (kind) => {
    const e = event(kind, {
      actorId: 'author',
      ...(kind === 'manualAdjustment' ? { amount: 10 } : {}),
    });
    expect(decideAward(e, context())).toMatchObject({ counted: false, reason: 'selfAction' });
  });

  it.each(['knowledgePublished', 'templatePublished', 'knowledgeReviewed'] as const)(
    '%s by the earner is the normal case',
    (kind) => {
      expect(decideAward(event(kind, { actorId: 'author' }), context()).counted).toBe(true);
    },
  );

  it('pays when someone else acts', () => {
    expect(decideAward(event('templateReused', { actorId: 'colleague' }), context())).toMatchObject(
      {
        counted: true,
        points: 5,
      },
    );
  });

  it('checks self before anything else', () => {
    const d = decideAward(
      view({ actorId: 'author' }),
      context({ alreadyCountedToday: true, earnedTodayForKind: 50 }),
    );
    expect(d).toMatchObject({ counted: false, reason: 'selfAction' });
  });

  it('pays system-awarded badges (no actor)', () => {
    const d = decideAward(event('badgeAwarded', { actorId: null, amount: 20 }), context());
    expect(d).toMatchObject({ counted: true, points: 20, category: 'badges' });
  });
});

describe('decideAward and dedupeKeyFor: one count per viewer, post and local day', () => {
  it('refuses an event whose key was already counted', () => {
    expect(decideAward(view(), context({ alreadyCountedToday: true }))).toEqual({
      counted: false,
      reason: 'duplicateToday',
      dedupeKey: 'view:post-1:viewer:2026-11-23',
    });
  });

  it('ignores alreadyCountedToday for kinds without a dedupe key', () => {
    const d = decideAward(event('kudosReceived'), context({ alreadyCountedToday: true }));
    expect(d).toMatchObject({ counted: true, dedupeKey: null });
  });

  it('starts a new day at midnight in Tokyo, not at UTC midnight', () => {
    const lastSecond = view({ occurredAt: new Date('2026-11-23T14:59:59Z') }); // 23:59:59 JST
    const midnight = view({ occurredAt: new Date('2026-11-23T15:00:00Z') }); // 00:00 JST 11-24
    expect(dedupeKeyFor(lastSecond, tokyo)).toBe('view:post-1:viewer:2026-11-23');
    expect(dedupeKeyFor(midnight, tokyo)).toBe('view:post-1:viewer:2026-11-24');
    // In UTC both are still the 23rd: the second view would be a duplicate.
    expect(dedupeKeyFor(lastSecond, utc)).toBe(dedupeKeyFor(midnight, utc));
  });

  it('keeps a Tokyo morning on one day although it spans UTC midnight', () => {
    const early = view({ occurredAt: new Date('2026-11-22T23:30:00Z') }); // 08:30 JST 11-23
    const later = view({ occurredAt: new Date('2026-11-23T00:30:00Z') }); // 09:30 JST 11-23
    expect(dedupeKeyFor(early, tokyo)).toBe(dedupeKeyFor(later, tokyo));
    expect(dedupeKeyFor(early, utc)).not.toBe(dedupeKeyFor(later, utc));
  });

  it('separates viewers and posts', () => {
    expect(dedupeKeyFor(view({ actorId: 'other' }), tokyo)).toBe('view:post-1:other:2026-11-23');
    expect(dedupeKeyFor(view({ sourceId: 'post-2' }), tokyo)).toBe('view:post-2:viewer:2026-11-23');
  });

  it('keys reuses per member, template and day; likes and forks per pair for good', () => {
    expect(dedupeKeyFor(event('templateReused', { sourceId: 'tpl' }), tokyo)).toBe(
      'reuse:tpl:viewer:2026-11-23',
    );
    expect(dedupeKeyFor(event('likeReceived'), tokyo)).toBe('like:post-1:viewer');
    expect(dedupeKeyFor(event('templateForked', { sourceId: 'tpl' }), tokyo)).toBe(
      'fork:tpl:viewer',
    );
    expect(dedupeKeyFor(event('knowledgeReviewed'), tokyo)).toBe('review:post-1:2026-11-23');
  });

  it.each([
    'knowledgePublished',
    'templatePublished',
    'storyApproved',
    'storyTemplateBonus',
    'kudosReceived',
    'badgeAwarded',
    'challengeWon',
    'manualAdjustment',
  ] as const)('has no dedupe key for %s', (kind) => {
    expect(dedupeKeyFor(event(kind), tokyo)).toBeNull();
  });
});

describe('decideAward: daily caps', () => {
  it('pays in full below the cap', () => {
    const d = decideAward(view(), context({ earnedTodayForKind: 48 }));
    expect(d).toMatchObject({
      counted: true,
      points: 1,
      reason: { partial: false, earnedTodayBefore: 48 },
    });
  });

  it('pays the last point up to the cap', () => {
    expect(decideAward(view(), context({ earnedTodayForKind: 49 }))).toMatchObject({
      counted: true,
      points: 1,
    });
  });

  it('pays nothing once the cap is reached', () => {
    expect(decideAward(view(), context({ earnedTodayForKind: 50 }))).toMatchObject({
      counted: false,
      reason: 'dailyCapReached',
    });
  });

  it('pays partially up to the cap', () => {
    // Reuse = 5 points, cap 50, 47 already earned → 3.
    const d = decideAward(event('templateReused'), context({ earnedTodayForKind: 47 }));
    expect(d).toMatchObject({
      counted: true,
      points: 3,
      reason: { basePoints: 5, dailyCap: 50, earnedTodayBefore: 47, partial: true },
    });
  });

  it('pays nothing when an admin lowered the cap below what was earned today', () => {
    const ruleSet = applyPointRulesPatch(DEFAULT_POINT_RULE_SET, {
      viewReceived: { dailyCap: 10 },
    });
    expect(decideAward(view(), context({ ruleSet, earnedTodayForKind: 30 }))).toMatchObject({
      counted: false,
      reason: 'dailyCapReached',
    });
  });

  it('does not cap kinds without a cap', () => {
    const d = decideAward(
      event('knowledgePublished', { actorId: 'author' }),
      context({ earnedTodayForKind: 5000 }),
    );
    expect(d).toMatchObject({ counted: true, points: 10 });
  });

  it('computes caps as a pure function', () => {
    expect(applyDailyCap(5, 50, 0)).toBe(5);
    expect(applyDailyCap(5, 50, 47)).toBe(3);
    expect(applyDailyCap(5, 50, 50)).toBe(0);
    expect(applyDailyCap(5, 50, 60)).toBe(0);
    expect(applyDailyCap(5, null, 1e6)).toBe(5);
    expect(applyDailyCap(-5, 1, 1)).toBe(-5); // negative adjustments are never capped
  });
});

describe('decideAward: zero rules and variable amounts', () => {
  it('counts nothing for a rule worth 0', () => {
    const ruleSet = applyPointRulesPatch(DEFAULT_POINT_RULE_SET, { viewReceived: { points: 0 } });
    expect(decideAward(view(), context({ ruleSet }))).toEqual({
      counted: false,
      reason: 'zeroRule',
      dedupeKey: 'view:post-1:viewer:2026-11-23',
    });
  });

  it('uses the amount of badges, challenges and adjustments', () => {
    expect(decideAward(event('badgeAwarded', { actorId: null }), context())).toMatchObject({
      counted: false,
      reason: 'zeroRule',
    });
    expect(
      decideAward(event('challengeWon', { actorId: null, amount: 100 }), context()),
    ).toMatchObject({
      counted: true,
      points: 100,
      category: 'challenges',
    });
    expect(
      decideAward(event('manualAdjustment', { actorId: 'admin', amount: -20 }), context()),
    ).toMatchObject({
      counted: true,
      points: -20,
      category: 'adjustments',
    });
  });
});

describe('decideAward: malformed events are bugs', () => {
  it.each<[string, PointEvent]>([
    ['wrong source type', view({ sourceType: 'template' })],
    ['amount on a fixed-rule kind', view({ amount: 5 })],
    ['missing viewer', view({ actorId: null })],
    ['fractional amount', event('badgeAwarded', { actorId: null, amount: 1.5 })],
    ['negative badge', event('badgeAwarded', { actorId: null, amount: -1 })],
    ['huge adjustment', event('manualAdjustment', { actorId: 'admin', amount: 100_001 })],
    ['invalid date', view({ occurredAt: new Date('nope') })],
  ])('throws for %s', (_, e) => {
    expect(() => decideAward(e, context())).toThrow(RangeError);
  });
});
