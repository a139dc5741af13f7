import { coverWithMonths, monthOfDay } from './month-cover';

describe('coverWithMonths', () => {
  it('covers a fiscal quarter with its three months and no edges', () => {
    expect(coverWithMonths('2026-10-01', '2026-12-31')).toEqual({
      months: ['2026-10', '2026-11', '2026-12'],
      edges: [],
    });
  });

  it('leaves the partial months at both ends as day ranges', () => {
    expect(coverWithMonths('2026-01-15', '2026-04-10')).toEqual({
      months: ['2026-02', '2026-03'],
      edges: [
        { first: '2026-01-15', last: '2026-01-31' },
        { first: '2026-04-01', last: '2026-04-10' },
      ],
    });
  });

  it('handles February of a leap year and a year boundary', () => {
    expect(coverWithMonths('2027-12-01', '2028-02-29')).toEqual({
      months: ['2027-12', '2028-01', '2028-02'],
      edges: [],
    });
    expect(coverWithMonths('2027-12-01', '2028-02-28')).toEqual({
      months: ['2027-12', '2028-01'],
      edges: [{ first: '2028-02-01', last: '2028-02-28' }],
    });
  });

  it('is one edge when no whole month fits', () => {
    expect(coverWithMonths('2026-03-05', '2026-03-20')).toEqual({
      months: [],
      edges: [{ first: '2026-03-05', last: '2026-03-20' }],
    });
    expect(coverWithMonths('2026-03-20', '2026-04-10')).toEqual({
      months: [],
      edges: [{ first: '2026-03-20', last: '2026-04-10' }],
    });
  });

  it('is empty for an inverted range and refuses a malformed day', () => {
    expect(coverWithMonths('2026-05-02', '2026-05-01')).toEqual({ months: [], edges: [] });
    expect(() => coverWithMonths('2026-13-01', '2026-12-31')).toThrow();
  });

  it('keys a local day by its month', () => {
    expect(monthOfDay('2026-11-30')).toBe('2026-11');
  });
});
