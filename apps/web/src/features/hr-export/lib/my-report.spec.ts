import { formatRank, reportStats } from './my-report';

describe('formatRank', () => {
  it('writes the place and the percentile in Japanese and English', () => {
    expect(formatRank(3, 80, 'ja')).toBe('3位（80パーセンタイル）');
    expect(formatRank(12, 66.7, 'en')).toBe('#12 (66.7 percentile)');
  });

  it('shows a dash without a rank (a member without a department) and the place alone without a percentile', () => {
    expect(formatRank(null, null, 'ja')).toBe('—');
    expect(formatRank(1, null, 'ja')).toBe('1位');
  });
});

describe('reportStats', () => {
  it('lists the activity counts in the export’s order', () => {
    const stats = reportStats({
      postsPublished: 1,
      viewsReceived: 2,
      reusesReceived: 3,
      storiesApproved: 4,
      kudosGiven: 5,
      kudosReceived: 6,
      hoursSaved: 7.5,
      badgesEarned: 8,
    });
    expect(stats.map((s) => s.key)).toEqual([
      'postsPublished',
      'viewsReceived',
      'reusesReceived',
      'storiesApproved',
      'kudosGiven',
      'kudosReceived',
      'hoursSaved',
      'badgesEarned',
    ]);
    expect(stats[6]).toEqual({ key: 'hoursSaved', value: 7.5 });
  });
});
