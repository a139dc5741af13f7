import {
  type BadgeProgressData,
  highestEarned,
  nextTierText,
  percentToNext,
  sortBadgeProgress,
} from './badge-progress';

const progress = (fields: Partial<BadgeProgressData> & { id: string }): BadgeProgressData => ({
  badge: { id: fields.id, name: fields.id },
  value: 0,
  earned: [],
  nextTier: 'BRONZE',
  nextThreshold: 1,
  remaining: 1,
  complete: false,
  ...fields,
});

const jaLabels = {
  tier: (tier: 'BRONZE' | 'SILVER' | 'GOLD') =>
    ({ BRONZE: 'ブロンズ', SILVER: 'シルバー', GOLD: 'ゴールド' })[tier],
  earnIt: '獲得',
  sentence: (remaining: number, target: string) => `あと${remaining}回で${target}`,
};

describe('nextTierText', () => {
  it('says あと3回でシルバー', () => {
    expect(nextTierText({ remaining: 3, nextTier: 'SILVER', complete: false }, jaLabels)).toBe(
      'あと3回でシルバー',
    );
  });

  it('says 獲得 for an untiered badge and nothing when complete or reached', () => {
    expect(nextTierText({ remaining: 1, nextTier: null, complete: false }, jaLabels)).toBe(
      'あと1回で獲得',
    );
    expect(nextTierText({ remaining: 0, nextTier: 'GOLD', complete: false }, jaLabels)).toBeNull();
    expect(nextTierText({ remaining: null, nextTier: null, complete: true }, jaLabels)).toBeNull();
  });
});

describe('highestEarned', () => {
  it('picks the best tier, whatever the order', () => {
    expect(highestEarned([{ tier: 'SILVER' }, { tier: 'BRONZE' }])).toBe('SILVER');
    expect(highestEarned([{ tier: null }])).toBe('EARNED');
    expect(highestEarned([])).toBeNull();
  });
});

describe('percentToNext', () => {
  it('measures from the remaining count', () => {
    expect(percentToNext(progress({ id: 'a', nextThreshold: 10, remaining: 3, value: 7 }))).toBe(
      70,
    );
  });

  it('is 100 when complete and null without a threshold', () => {
    expect(percentToNext(progress({ id: 'a', complete: true, nextThreshold: null }))).toBe(100);
    expect(percentToNext(progress({ id: 'a', nextThreshold: null, remaining: null }))).toBeNull();
  });
});

describe('sortBadgeProgress', () => {
  it('shows earned badges first (gold before bronze), then the closest to the next level', () => {
    const sorted = sortBadgeProgress([
      progress({ id: 'far', nextThreshold: 10, remaining: 9 }),
      progress({
        id: 'bronze',
        earned: [{ tier: 'BRONZE' }],
        nextTier: 'SILVER',
        nextThreshold: 10,
        remaining: 5,
      }),
      progress({ id: 'near', nextThreshold: 10, remaining: 1 }),
      progress({ id: 'gold', earned: [{ tier: 'BRONZE' }, { tier: 'GOLD' }], complete: true }),
    ]);
    expect(sorted.map((item) => item.badge.id)).toEqual(['gold', 'bronze', 'near', 'far']);
  });
});
