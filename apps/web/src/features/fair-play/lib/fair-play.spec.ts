import { canReverse, circleLabel, defaultReportRange, formatShare } from './fair-play';

describe('defaultReportRange', () => {
  it('covers the last 30 days including today, across a month end', () => {
    expect(defaultReportRange(new Date(2026, 2, 10, 15))).toEqual({
      from: '2026-02-09',
      to: '2026-03-10',
    });
  });
});

describe('formatShare', () => {
  it('rounds to a whole percent within 0–100', () => {
    expect(formatShare(0.834)).toBe('83%');
    expect(formatShare(1.2)).toBe('100%');
    expect(formatShare(-0.1)).toBe('0%');
  });
});

describe('canReverse', () => {
  it('only while excess points are pending', () => {
    expect(canReverse({ pendingPoints: 40, alreadyReversed: false })).toBe(true);
    expect(canReverse({ pendingPoints: 0, alreadyReversed: false })).toBe(false);
    expect(canReverse({ pendingPoints: 40, alreadyReversed: true })).toBe(false);
  });
});

describe('circleLabel', () => {
  it('shows a pair both ways and closes a circle', () => {
    expect(circleLabel(['佐藤', '鈴木'])).toBe('佐藤 ⇄ 鈴木');
    expect(circleLabel(['A', 'B', 'C'])).toBe('A → B → C → A');
    expect(circleLabel([])).toBe('');
  });
});
