import { auditFilters, shortHash } from './audit-log';

describe('auditFilters', () => {
  it('lists the filters that were set, the period as a range, without the header locale', () => {
    const json = JSON.stringify({
      departmentId: 'd1',
      teamId: null,
      includeInactive: true,
      part: 'SCORES',
      locale: 'ja',
      period: { firstDay: '2026-04-01', lastDay: '2026-09-30', presetKey: 'FY2026-H1' },
    });
    expect(auditFilters(json)).toEqual([
      { key: 'departmentId', value: 'd1' },
      { key: 'includeInactive', value: 'true' },
      { key: 'part', value: 'SCORES' },
      { key: 'period', value: '2026-04-01 – 2026-09-30' },
    ]);
  });

  it('returns nothing for JSON that is not an object', () => {
    expect(auditFilters('not json')).toEqual([]);
    expect(auditFilters('[1,2]')).toEqual([]);
    expect(auditFilters('null')).toEqual([]);
  });
});

describe('shortHash', () => {
  it('shortens a SHA-256 and leaves a missing one empty', () => {
    expect(shortHash('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
    expect(shortHash(null)).toBe('');
  });
});
