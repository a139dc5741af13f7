import {
  leaderboardCompetitionRank,
  cutLeaderboardToVisible,
  leaderboardPeriodKey,
  rankLeaderboard,
  seesFullLeaderboard,
  validateLeaderboardFirst,
  validateLeaderboardSettings,
  visibleLeaderboardLength,
} from './leaderboard';

const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };

describe('leaderboardPeriodKey', () => {
  const now = new Date('2026-11-23T03:00:00Z');
  it.each([
    ['week', '2026-W48'],
    ['month', '2026-11'],
    ['fiscalQuarter', 'FY2026-Q3'],
    ['fiscalHalf', 'FY2026-H2'],
    ['fiscalYear', 'FY2026'],
    ['allTime', 'all'],
  ] as const)('%s → %s', (period, key) => {
    expect(leaderboardPeriodKey(period, now, tokyo)).toBe(key);
  });

  it('switches month at local midnight in Tokyo', () => {
    expect(leaderboardPeriodKey('month', new Date('2026-11-30T14:59:59Z'), tokyo)).toBe('2026-11');
    expect(leaderboardPeriodKey('month', new Date('2026-11-30T15:00:00Z'), tokyo)).toBe('2026-12');
  });
});

describe('rankLeaderboard', () => {
  it('uses standard competition ranking (1, 2, 2, 4) and orders ties by reading', () => {
    const ranked = rankLeaderboard([
      { id: 'd', points: 5, reading: 'タナカ' },
      { id: 'a', points: 9, reading: 'ワタナベ' },
      { id: 'b', points: 7, reading: 'サトウ' },
      { id: 'c', points: 7, reading: 'イトウ' },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('is deterministic for identical readings (by id)', () => {
    const items = [
      { id: 'y', points: 1, reading: 'ア' },
      { id: 'x', points: 1, reading: 'ア' },
    ];
    expect(rankLeaderboard(items).map((r) => r.id)).toEqual(['x', 'y']);
    expect(rankLeaderboard([...items].reverse()).map((r) => r.id)).toEqual(['x', 'y']);
    expect(rankLeaderboard(items).map((r) => r.rank)).toEqual([1, 1]);
  });

  it('ranks all-equal boards as shared first place', () => {
    expect(
      rankLeaderboard([0, 0, 0].map((p, i) => ({ id: `${i}`, points: p, reading: '' }))).map(
        (r) => r.rank,
      ),
    ).toEqual([1, 1, 1]);
  });
});

describe('leaderboardCompetitionRank', () => {
  it('counts only strictly higher totals', () => {
    expect(leaderboardCompetitionRank(5, [9, 7, 5, 5, 1])).toBe(3);
    expect(leaderboardCompetitionRank(10, [9, 7])).toBe(1);
    expect(leaderboardCompetitionRank(0, [])).toBe(1);
  });
});

describe('visibility', () => {
  it('limits staff and ambassadors to the top N, not admins, HR or managers', () => {
    expect(visibleLeaderboardLength(['staff'], 3, 50)).toBe(3);
    expect(visibleLeaderboardLength(['staff', 'ambassador'], 3, 50)).toBe(3);
    expect(visibleLeaderboardLength(['staff'], 3, 2)).toBe(2);
    expect(visibleLeaderboardLength(['staff'], null, 50)).toBe(50);
    for (const role of ['admin', 'hr', 'manager'] as const) {
      expect(seesFullLeaderboard(['staff', role])).toBe(true);
      expect(visibleLeaderboardLength(['staff', role], 3, 50)).toBe(50);
    }
  });

  it('shows a tie straddling the cut whole, but never more than first rows', () => {
    const ranked = [1, 2, 3, 3, 5].map((rank, i) => ({ id: `${i}`, rank }));
    expect(cutLeaderboardToVisible(ranked, 3, 100).map((r) => r.id)).toEqual(['0', '1', '2', '3']);
    expect(cutLeaderboardToVisible(ranked, 3, 3).map((r) => r.id)).toEqual(['0', '1', '2']);
    expect(cutLeaderboardToVisible(ranked, null, 100)).toHaveLength(5);
  });
});

describe('validation', () => {
  it('accepts first from 1 to 100', () => {
    expect(validateLeaderboardFirst(1).ok).toBe(true);
    expect(validateLeaderboardFirst(100).ok).toBe(true);
    for (const bad of [0, 101, 1.5]) {
      const r = validateLeaderboardFirst(bad);
      expect(r.ok ? null : r.errors[0].code).toBe('leaderboard.firstOutOfRange');
    }
  });

  it('accepts a top N of 1–1000 or null', () => {
    expect(validateLeaderboardSettings({ staffVisibleTopN: null })).toEqual({
      ok: true,
      value: { staffVisibleTopN: null },
    });
    expect(validateLeaderboardSettings({ staffVisibleTopN: 10 }).ok).toBe(true);
    for (const bad of [0, -1, 2.5, 1001]) {
      const r = validateLeaderboardSettings({ staffVisibleTopN: bad });
      expect(r.ok ? null : r.errors[0].code).toBe('leaderboard.topNOutOfRange');
    }
  });
});
