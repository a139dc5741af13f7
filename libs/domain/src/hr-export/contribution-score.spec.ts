import { contributionScore, rankWithin } from './contribution-score';

describe('HR export ranks and scores', () => {
  it('ranks by points with competition ranking for ties', () => {
    expect(rankWithin([10, 30, 20, 30]).map((s) => s.rank)).toEqual([4, 1, 3, 1]);
  });

  it('gives the share of the others with fewer points as the percentile', () => {
    expect(rankWithin([10, 30, 20, 30]).map((s) => s.percentile)).toEqual([0, 66.7, 33.3, 66.7]);
    expect(rankWithin([5, 5, 5]).map((s) => s.percentile)).toEqual([0, 0, 0]);
    expect(rankWithin([7])).toEqual([{ rank: 1, percentile: 100 }]);
    expect(rankWithin([])).toEqual([]);
  });

  it('scores 0–100 on a log scale that keeps the order of points', () => {
    expect(contributionScore(0, 500)).toBe(0);
    expect(contributionScore(500, 500)).toBe(100);
    expect(contributionScore(-20, 500)).toBe(0);
    expect(contributionScore(50, 500)).toBe(63.2);
    expect(contributionScore(10, 0)).toBe(0);
    const scores = [1, 5, 20, 80, 320].map((p) => contributionScore(p, 320));
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });
});
