import { hoursSavedPerMonth, roundHours, type HoursSavedInput } from './hours-saved';

const codes = (input: HoursSavedInput) => {
  const r = hoursSavedPerMonth(input);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe('hoursSavedPerMonth', () => {
  it('computes (before − after) × occurrences ÷ 60', () => {
    expect(
      hoursSavedPerMonth({ minutesBefore: 60, minutesAfter: 15, occurrencesPerMonth: 20 }),
    ).toEqual({
      ok: true,
      value: { minutesSavedPerMonth: 900, hoursExact: 15, hoursRounded: 15 },
    });
  });

  it('returns the exact value and rounds half up to 0.1 h for display', () => {
    // 25 min × 30 = 750 min = 12.5 h
    const a = hoursSavedPerMonth({ minutesBefore: 30, minutesAfter: 5, occurrencesPerMonth: 30 });
    expect(a.ok && a.value).toEqual({
      minutesSavedPerMonth: 750,
      hoursExact: 12.5,
      hoursRounded: 12.5,
    });
    // 10 min × 1 = 1/6 h = 0.1666… → 0.2
    const b = hoursSavedPerMonth({ minutesBefore: 10, minutesAfter: 0, occurrencesPerMonth: 1 });
    expect(b.ok && b.value.hoursExact).toBeCloseTo(1 / 6, 12);
    expect(b.ok && b.value.hoursRounded).toBe(0.2);
    // 3 min × 1 = 0.05 h exactly: half up → 0.1, not 0.0
    const c = hoursSavedPerMonth({ minutesBefore: 3, minutesAfter: 0, occurrencesPerMonth: 1 });
    expect(c.ok && c.value.hoursRounded).toBe(0.1);
    // 2.99 min → 0.0498 h → 0.0
    const d = hoursSavedPerMonth({ minutesBefore: 2.99, minutesAfter: 0, occurrencesPerMonth: 1 });
    expect(d.ok && d.value.hoursRounded).toBe(0);
  });

  it('accepts decimals up to two places exactly', () => {
    // (7.1 − 2.35) × 0.25 = 1.1875 min
    const r = hoursSavedPerMonth({
      minutesBefore: 7.1,
      minutesAfter: 2.35,
      occurrencesPerMonth: 0.25,
    });
    expect(r.ok && r.value.minutesSavedPerMonth).toBe(1.1875);
    expect(codes({ minutesBefore: 7.125, minutesAfter: 0, occurrencesPerMonth: 1 })).toEqual([
      'minutesBefore.tooManyDecimals',
    ]);
  });

  it('allows equal before and after (nothing saved) but not after > before', () => {
    const same = hoursSavedPerMonth({
      minutesBefore: 30,
      minutesAfter: 30,
      occurrencesPerMonth: 5,
    });
    expect(same.ok && same.value.hoursExact).toBe(0);
    expect(codes({ minutesBefore: 10, minutesAfter: 20, occurrencesPerMonth: 5 })).toEqual([
      'minutesAfter.notLess',
    ]);
  });

  it('rejects negative, non-finite and oversized numbers, collecting all errors', () => {
    expect(
      codes({ minutesBefore: -1, minutesAfter: Number.NaN, occurrencesPerMonth: Infinity }),
    ).toEqual(['minutesBefore.invalid', 'minutesAfter.invalid', 'occurrencesPerMonth.invalid']);
    expect(codes({ minutesBefore: 1441, minutesAfter: 0, occurrencesPerMonth: 10_001 })).toEqual([
      'minutesBefore.tooLarge',
      'occurrencesPerMonth.tooLarge',
    ]);
    // The caps themselves are fine: a full day saved 10,000 times a month.
    const max = hoursSavedPerMonth({
      minutesBefore: 1440,
      minutesAfter: 0,
      occurrencesPerMonth: 10_000,
    });
    expect(max.ok && max.value.hoursExact).toBe(240_000);
  });

  it('rounds sums of exact hours', () => {
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
    expect(roundHours(12.25)).toBe(12.3);
    expect(roundHours(12.24)).toBe(12.2);
    expect(roundHours(0)).toBe(0);
  });
});
