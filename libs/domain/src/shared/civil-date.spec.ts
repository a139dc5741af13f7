import {
  addDays,
  addMonths,
  civilDateToUtcMs,
  compareCivilDates,
  daysInMonth,
  formatCivilDate,
  isLeapYear,
  isoDate,
  isoWeekday,
  parseCivilDate,
  requireCivilDate,
  utcMsToCivilDate,
} from './civil-date';

describe('civil dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 11)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('builds ISO dates and rejects impossible ones', () => {
    expect(isoDate(2024, 4, 1)).toBe('2024-04-01');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 30)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
    expect(isoDate(2024, 0, 1)).toBeNull();
    expect(isoDate(2024, 1.5, 1)).toBeNull();
  });

  it('parses strict ISO dates only', () => {
    expect(parseCivilDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
    expect(parseCivilDate('2026-11-31')).toBeNull();
    expect(parseCivilDate('2026-1-1')).toBeNull();
    expect(parseCivilDate('2026/11/23')).toBeNull();
    expect(requireCivilDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
    expect(() => requireCivilDate('nope', 'today')).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(formatCivilDate(addDays({ year: 2026, month: 12, day: 31 }, 1))).toBe('2027-01-01');
    expect(formatCivilDate(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(formatCivilDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
    expect(formatCivilDate(addDays({ year: 1950, month: 1, day: 1 }, -1))).toBe('1949-12-31');
  });

  it('adds months, clamping the day', () => {
    expect(addMonths({ year: 2026, month: 11, day: 1 }, 3)).toEqual({
      year: 2027,
      month: 2,
      day: 1,
    });
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addMonths({ year: 2026, month: 1, day: 15 }, -1)).toEqual({
      year: 2025,
      month: 12,
      day: 15,
    });
  });

  it('computes ISO weekdays', () => {
    expect(isoWeekday({ year: 2026, month: 11, day: 23 })).toBe(1);
    expect(isoWeekday({ year: 2026, month: 11, day: 29 })).toBe(7);
  });

  it('converts to and from UTC milliseconds, including years below 100', () => {
    expect(civilDateToUtcMs({ year: 1970, month: 1, day: 2 })).toBe(86_400_000);
    expect(utcMsToCivilDate(civilDateToUtcMs({ year: 50, month: 3, day: 1 }))).toEqual({
      year: 50,
      month: 3,
      day: 1,
    });
  });

  it('compares dates', () => {
    const a = { year: 2026, month: 4, day: 1 };
    const b = { year: 2026, month: 3, day: 31 };
    expect(compareCivilDates(a, b)).toBeGreaterThan(0);
    expect(compareCivilDates(b, a)).toBeLessThan(0);
    expect(compareCivilDates(a, { ...a })).toBe(0);
  });
});
