import {
  PERIOD_KINDS,
  parsePeriodKey,
  periodKeys,
  periodOf,
  type Period,
  type PeriodSettings,
} from './period';

const tokyo: PeriodSettings = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
const at = (s: string): Date => new Date(s);
const range = (p: Period): [string, string] => [p.start.toISOString(), p.end.toISOString()];

describe('periodOf in Tokyo with an April fiscal year', () => {
  const noon = at('2026-11-23T03:00:00Z'); // 2026-11-23 12:00 JST, a Monday

  it('finds the day', () => {
    const p = periodOf('day', noon, tokyo);
    expect(p).toMatchObject({
      kind: 'day',
      key: '2026-11-23',
      firstDay: '2026-11-23',
      lastDay: '2026-11-23',
    });
    expect(range(p)).toEqual(['2026-11-22T15:00:00.000Z', '2026-11-23T15:00:00.000Z']);
    expect(p.label).toEqual({ ja: '2026年11月23日', en: 'Nov 23, 2026' });
  });

  it('finds the ISO week starting Monday', () => {
    const p = periodOf('week', noon, tokyo);
    expect(p).toMatchObject({ key: '2026-W48', firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(range(p)).toEqual(['2026-11-22T15:00:00.000Z', '2026-11-29T15:00:00.000Z']);
    expect(p.label).toEqual({
      ja: '2026年 第48週（11月23日〜11月29日）',
      en: 'Week 48, 2026 (Nov 23 – Nov 29)',
    });
    // Sunday night still belongs to the same week.
    expect(periodOf('week', at('2026-11-29T14:59:59Z'), tokyo).key).toBe('2026-W48');
    expect(periodOf('week', at('2026-11-29T15:00:00Z'), tokyo).key).toBe('2026-W49');
  });

  it('finds the month', () => {
    const p = periodOf('month', noon, tokyo);
    expect(p).toMatchObject({ key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(range(p)).toEqual(['2026-10-31T15:00:00.000Z', '2026-11-30T15:00:00.000Z']);
    expect(p.label).toEqual({ ja: '2026年11月', en: 'Nov 2026' });
  });

  it('finds the fiscal quarter, half and year (FY2026 = Apr 2026 – Mar 2027)', () => {
    const q = periodOf('fiscalQuarter', noon, tokyo);
    expect(q).toMatchObject({ key: 'FY2026-Q3', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(q.label).toEqual({ ja: '2026年度 第3四半期', en: 'FY2026 Q3' });

    const h = periodOf('fiscalHalf', noon, tokyo);
    expect(h).toMatchObject({ key: 'FY2026-H2', firstDay: '2026-10-01', lastDay: '2027-03-31' });
    expect(range(h)).toEqual(['2026-09-30T15:00:00.000Z', '2027-03-31T15:00:00.000Z']);
    expect(h.label).toEqual({ ja: '2026年度 下期', en: 'FY2026 H2' });

    const y = periodOf('fiscalYear', noon, tokyo);
    expect(y).toMatchObject({ key: 'FY2026', firstDay: '2026-04-01', lastDay: '2027-03-31' });
    expect(range(y)).toEqual(['2026-03-31T15:00:00.000Z', '2027-03-31T15:00:00.000Z']);
    expect(y.label).toEqual({ ja: '2026年度', en: 'FY2026' });
  });

  it('puts January–March into the previous fiscal year', () => {
    expect(periodKeys(at('2027-01-15T03:00:00Z'), tokyo)).toMatchObject({
      fiscalQuarter: 'FY2026-Q4',
      fiscalHalf: 'FY2026-H2',
      fiscalYear: 'FY2026',
    });
    expect(periodOf('fiscalHalf', at('2026-05-01T03:00:00Z'), tokyo).label.ja).toBe(
      '2026年度 上期',
    );
  });

  it('switches fiscal year at local midnight of April 1, not at UTC midnight', () => {
    // 2026-03-31 23:59:59.999 JST is still FY2025; one millisecond later is FY2026.
    expect(periodOf('fiscalYear', at('2026-03-31T14:59:59.999Z'), tokyo).key).toBe('FY2025');
    expect(periodOf('fiscalYear', at('2026-03-31T15:00:00.000Z'), tokyo).key).toBe('FY2026');
    // 2026-04-01 05:00 UTC is the same day in UTC but already April 1 afternoon in Tokyo.
    expect(periodOf('fiscalQuarter', at('2026-03-31T20:00:00Z'), tokyo).key).toBe('FY2026-Q1');
  });

  it('contains the instant for every kind and at every boundary', () => {
    for (const kind of PERIOD_KINDS) {
      const p = periodOf(kind, noon, tokyo);
      expect(p.start.getTime()).toBeLessThanOrEqual(noon.getTime());
      expect(p.end.getTime()).toBeGreaterThan(noon.getTime());
      expect(periodOf(kind, p.start, tokyo).key).toBe(p.key);
      expect(periodOf(kind, new Date(p.end.getTime() - 1), tokyo).key).toBe(p.key);
      expect(periodOf(kind, p.end, tokyo).key).not.toBe(p.key);
    }
  });
});

describe('periodOf in DST zones', () => {
  it('gives New York a month that starts in EST and ends in EDT', () => {
    const ny = { timeZone: 'America/New_York', fiscalYearStartMonth: 4 };
    const march = periodOf('month', at('2026-03-15T12:00:00Z'), ny);
    expect(range(march)).toEqual(['2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z']);
    // 2026-04-01 03:30 UTC is still March 31 in New York.
    expect(periodOf('fiscalYear', at('2026-04-01T03:30:00Z'), ny).key).toBe('FY2025');
    expect(periodOf('fiscalYear', at('2026-04-01T04:00:00Z'), ny).key).toBe('FY2026');
  });

  it('gives Berlin a DST week one hour shorter than seven days', () => {
    const berlin = { timeZone: 'Europe/Berlin', fiscalYearStartMonth: 1 };
    const week = periodOf('week', at('2026-03-27T12:00:00Z'), berlin);
    expect(week.key).toBe('2026-W13');
    expect(range(week)).toEqual(['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(week.end.getTime() - week.start.getTime()).toBe((7 * 24 - 1) * 3_600_000);
  });

  it('assigns the same instant to different days in different zones', () => {
    const instant = at('2026-11-23T02:00:00Z');
    expect(periodOf('day', instant, tokyo).key).toBe('2026-11-23');
    expect(
      periodOf('day', instant, { timeZone: 'America/New_York', fiscalYearStartMonth: 4 }).key,
    ).toBe('2026-11-22');
  });
});

describe('fiscal year start months other than April', () => {
  it('makes a January start the calendar year', () => {
    const jan = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 1 };
    expect(periodKeys(at('2026-08-10T03:00:00Z'), jan)).toMatchObject({
      fiscalQuarter: 'FY2026-Q3',
      fiscalHalf: 'FY2026-H2',
      fiscalYear: 'FY2026',
    });
    const fy = periodOf('fiscalYear', at('2026-08-10T03:00:00Z'), jan);
    expect([fy.firstDay, fy.lastDay]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('names an October-start fiscal year by the year it starts in', () => {
    const oct = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 10 };
    expect(periodOf('fiscalQuarter', at('2026-09-30T03:00:00Z'), oct).key).toBe('FY2025-Q4');
    const q1 = periodOf('fiscalQuarter', at('2026-10-01T03:00:00Z'), oct);
    expect([q1.key, q1.firstDay, q1.lastDay]).toEqual(['FY2026-Q1', '2026-10-01', '2026-12-31']);
    const h2 = periodOf('fiscalHalf', at('2027-05-01T03:00:00Z'), oct);
    expect([h2.key, h2.firstDay, h2.lastDay]).toEqual(['FY2026-H2', '2027-04-01', '2027-09-30']);
  });

  it('rejects an invalid start month or time zone', () => {
    expect(() =>
      periodOf('month', new Date(), { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 13 }),
    ).toThrow(RangeError);
    expect(() =>
      periodOf('month', new Date(), { timeZone: 'Nowhere/City', fiscalYearStartMonth: 4 }),
    ).toThrow(RangeError);
    expect(() => periodOf('month', new Date('x'), tokyo)).toThrow(RangeError);
  });
});

describe('ISO week numbering at year ends', () => {
  it.each([
    ['2026-01-01T03:00:00Z', '2026-W01'], // Thursday
    ['2027-01-01T03:00:00Z', '2026-W53'], // Friday: still the last week of 2026
    ['2024-12-30T03:00:00Z', '2025-W01'], // Monday: already week 1 of 2025
    ['2021-01-03T03:00:00Z', '2020-W53'],
  ])('%s is in %s', (instant, key) => {
    expect(periodOf('week', at(instant), tokyo).key).toBe(key);
  });
});

describe('periodKeys', () => {
  it('returns all six keys', () => {
    expect(periodKeys(at('2026-11-23T03:00:00Z'), tokyo)).toEqual({
      day: '2026-11-23',
      week: '2026-W48',
      month: '2026-11',
      fiscalQuarter: 'FY2026-Q3',
      fiscalHalf: 'FY2026-H2',
      fiscalYear: 'FY2026',
    });
  });

  it('agrees with periodOf for every kind', () => {
    const instant = at('2027-03-31T14:59:00Z');
    const keys = periodKeys(instant, tokyo);
    for (const kind of PERIOD_KINDS) expect(keys[kind]).toBe(periodOf(kind, instant, tokyo).key);
  });
});

describe('parsePeriodKey', () => {
  const instant = at('2026-11-23T03:00:00Z');

  it('round-trips every key periodOf produces', () => {
    for (const settings of [tokyo, { timeZone: 'America/New_York', fiscalYearStartMonth: 10 }]) {
      for (const kind of PERIOD_KINDS) {
        const p = periodOf(kind, instant, settings);
        expect(parsePeriodKey(p.key, settings)).toEqual(p);
      }
    }
  });

  it('accepts fiscal halves and quarters without the FY prefix, and any case', () => {
    expect(parsePeriodKey('2026-H1', tokyo)).toEqual(parsePeriodKey('FY2026-H1', tokyo));
    expect(parsePeriodKey('2026-q3', tokyo)?.key).toBe('FY2026-Q3');
    expect(parsePeriodKey(' fy2026 ', tokyo)?.key).toBe('FY2026');
    expect(parsePeriodKey('2026-w48', tokyo)?.key).toBe('2026-W48');
    expect(parsePeriodKey('２０２６－１１', tokyo)?.key).toBe('2026-11');
  });

  it('computes the boundaries of a parsed key in the zone', () => {
    const h1 = parsePeriodKey('FY2026-H1', tokyo)!;
    expect(range(h1)).toEqual(['2026-03-31T15:00:00.000Z', '2026-09-30T15:00:00.000Z']);
    expect(h1.label).toEqual({ ja: '2026年度 上期', en: 'FY2026 H1' });
  });

  it('accepts week 53 only in years that have it', () => {
    expect(parsePeriodKey('2026-W53', tokyo)?.firstDay).toBe('2026-12-28');
    expect(parsePeriodKey('2021-W53', tokyo)).toBeNull();
  });

  it.each([
    '',
    'garbage',
    '2026',
    'FY26',
    '2026-13',
    '2026-00',
    '2026-02-30',
    '2026-W00',
    'FY2026-H3',
    'FY2026-H0',
    'FY2026-Q5',
    '2026-Q0',
    '2026-11-23T00:00',
    '0999-01',
  ])('returns null for %j', (key) => {
    expect(parsePeriodKey(key, tokyo)).toBeNull();
  });
});
