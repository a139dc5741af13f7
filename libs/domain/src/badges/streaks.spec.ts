import { isoWeekOrdinal, weeklyStreaks } from './streaks';

describe('isoWeekOrdinal', () => {
  it('starts a week on Monday and runs across year boundaries', () => {
    expect(isoWeekOrdinal('2026-11-16')).toBe(isoWeekOrdinal('2026-11-22')); // Mon..Sun
    expect(isoWeekOrdinal('2026-11-23')).toBe(isoWeekOrdinal('2026-11-22') + 1);
    // 2026-12-28 (Mon, W53) → 2027-01-04 (Mon, W01)
    expect(isoWeekOrdinal('2027-01-04')).toBe(isoWeekOrdinal('2026-12-28') + 1);
    expect(() => isoWeekOrdinal('2026-13-01')).toThrow(RangeError);
  });
});

describe('weeklyStreaks', () => {
  it('is zero without contributions', () => {
    expect(weeklyStreaks([], '2026-11-18')).toEqual({ longest: 0, current: 0 });
  });

  it('counts several days of one week once', () => {
    expect(weeklyStreaks(['2026-11-16', '2026-11-17', '2026-11-22'], '2026-11-18')).toEqual({
      longest: 1,
      current: 1,
    });
  });

  it('keeps the current run alive through last week until this week ends', () => {
    const days = ['2026-11-02', '2026-11-09']; // W45, W46; today is in W47
    expect(weeklyStreaks(days, '2026-11-18')).toEqual({ longest: 2, current: 2 });
    // Two weeks later with no contribution: broken.
    expect(weeklyStreaks(days, '2026-11-30')).toEqual({ longest: 2, current: 0 });
  });

  it('a gap week breaks the streak; the longest run is remembered', () => {
    const days = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02', '2026-11-16'];
    expect(weeklyStreaks(days, '2026-11-18')).toEqual({ longest: 3, current: 1 });
  });

  it('continues across the new year', () => {
    const days = ['2026-12-21', '2026-12-31', '2027-01-05'];
    expect(weeklyStreaks(days, '2027-01-06')).toEqual({ longest: 3, current: 3 });
  });
});
