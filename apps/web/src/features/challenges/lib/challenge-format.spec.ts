import {
  currentMonthDays,
  formatChallengeValue,
  participatingUnitIds,
  progressPercent,
  toChallengePeriod,
  toFormDays,
} from './challenge-format';

describe('formatChallengeValue', () => {
  it('uses the metric’s unit in Japanese', () => {
    expect(formatChallengeValue(120, 'POINTS', 'ja')).toBe('120pt');
    expect(formatChallengeValue(3, 'KNOWLEDGE_POSTS', 'ja')).toBe('3件');
    expect(formatChallengeValue(12.46, 'HOURS_SAVED', 'ja')).toBe('12.5時間');
    expect(formatChallengeValue(45, 'ACTIVE_MEMBER_RATE', 'ja')).toBe('45%');
  });

  it('and in English', () => {
    expect(formatChallengeValue(8, 'TEMPLATE_REUSES', 'en')).toBe('8 reuses');
    expect(formatChallengeValue(1500, 'POINTS', 'en')).toBe('1,500pt');
  });
});

describe('progressPercent', () => {
  it('is 0–100 whatever the server sends', () => {
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(1.8)).toBe(100);
    expect(progressPercent(-1)).toBe(0);
    expect(progressPercent(Number.NaN)).toBe(0);
  });
});

describe('toChallengePeriod', () => {
  it('makes the last day inclusive (end = midnight after it)', () => {
    const { startsAt, endsAt } = toChallengePeriod('2026-11-01', '2026-11-30');
    const start = new Date(startsAt ?? '');
    const end = new Date(endsAt ?? '');
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2026, 10, 1, 0,
    ]);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([
      2026, 11, 1, 0,
    ]);
  });

  it('leaves empty days to the server’s default (this calendar month)', () => {
    expect(toChallengePeriod('', '')).toEqual({ startsAt: null, endsAt: null });
  });

  it('keeps an end before the start as entered (the server says why it is wrong)', () => {
    const { startsAt, endsAt } = toChallengePeriod('2026-11-20', '2026-11-10');
    expect(new Date(endsAt ?? '') < new Date(startsAt ?? '')).toBe(true);
  });
});

describe('currentMonthDays', () => {
  it('spans the calendar month, also in February of a leap year', () => {
    expect(currentMonthDays(new Date(2028, 1, 15))).toEqual({
      startDay: '2028-02-01',
      lastDay: '2028-02-29',
    });
  });
});

describe('toFormDays', () => {
  it('is the inverse of toChallengePeriod (the last day is included)', () => {
    const period = toChallengePeriod('2026-11-01', '2026-11-30');
    expect(toFormDays(period.startsAt ?? '', period.endsAt ?? '')).toEqual({
      startDay: '2026-11-01',
      lastDay: '2026-11-30',
    });
  });

  it('handles a period across a year end', () => {
    const period = toChallengePeriod('2026-12-15', '2027-01-14');
    expect(toFormDays(period.startsAt ?? '', period.endsAt ?? '')).toEqual({
      startDay: '2026-12-15',
      lastDay: '2027-01-14',
    });
  });
});

describe('participatingUnitIds', () => {
  it('reads team or department ids from the standings', () => {
    expect(
      participatingUnitIds([
        { team: { id: 't1' }, department: null },
        { team: null, department: { id: 'd1' } },
        { team: null, department: null },
      ]),
    ).toEqual(['t1', 'd1']);
  });
});
