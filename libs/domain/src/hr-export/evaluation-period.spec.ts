import { customEvaluationPeriod, evaluationPeriodPresets, fiscalYearOf } from './evaluation-period';

const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };

describe('evaluation periods', () => {
  it('offers 上期 Apr–Sep, 下期 Oct–Mar and four quarters from an April fiscal start', () => {
    const presets = evaluationPeriodPresets(2026, tokyo);
    expect(presets.map((p) => [p.key, p.firstDay, p.lastDay, p.label.ja])).toEqual([
      ['FY2026-H1', '2026-04-01', '2026-09-30', '2026年度 上期'],
      ['FY2026-H2', '2026-10-01', '2027-03-31', '2026年度 下期'],
      ['FY2026-Q1', '2026-04-01', '2026-06-30', '2026年度 第1四半期'],
      ['FY2026-Q2', '2026-07-01', '2026-09-30', '2026年度 第2四半期'],
      ['FY2026-Q3', '2026-10-01', '2026-12-31', '2026年度 第3四半期'],
      ['FY2026-Q4', '2027-01-01', '2027-03-31', '2026年度 第4四半期'],
    ]);
    // Local midnight in Tokyo is 15:00 UTC the day before.
    expect(presets[0]?.start.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(presets[0]?.end.toISOString()).toBe('2026-09-30T15:00:00.000Z');
  });

  it('follows another fiscal start month', () => {
    const presets = evaluationPeriodPresets(2026, { timeZone: 'UTC', fiscalYearStartMonth: 1 });
    expect(presets[0]).toMatchObject({ firstDay: '2026-01-01', lastDay: '2026-06-30' });
  });

  it('finds the fiscal year of an instant (January belongs to the previous April year)', () => {
    expect(fiscalYearOf(new Date('2027-01-15T00:00:00Z'), tokyo)).toBe(2026);
    expect(fiscalYearOf(new Date('2026-04-01T00:00:00+09:00'), tokyo)).toBe(2026);
    expect(fiscalYearOf(new Date('2026-03-31T23:59:00+09:00'), tokyo)).toBe(2025);
  });

  it('accepts a custom range of whole local days', () => {
    const range = customEvaluationPeriod({ firstDay: '2026-05-01', lastDay: '2026-05-31' }, tokyo);
    expect(range.ok && range.value.start.toISOString()).toBe('2026-04-30T15:00:00.000Z');
    expect(range.ok && range.value.end.toISOString()).toBe('2026-05-31T15:00:00.000Z');
  });

  it('refuses inverted, malformed and overlong ranges with field codes', () => {
    const codes = (firstDay: string, lastDay: string) => {
      const r = customEvaluationPeriod({ firstDay, lastDay }, tokyo);
      return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(codes('2026-06-01', '2026-05-31')).toEqual(['lastDay:period.inverted']);
    expect(codes('2026-02-30', 'soon')).toEqual([
      'firstDay:period.invalidDate',
      'lastDay:period.invalidDate',
    ]);
    expect(codes('2024-01-01', '2026-01-02')).toEqual(['lastDay:period.tooLong']);
    expect(codes('2026-05-01', '2026-05-01')).toEqual([]);
  });
});
