import { formatRank, rankMedal, rowName, showMyRowSeparately, topPercent } from './rank';
import type { RankedRow } from './rank';

const memberRow = (rank: number, id: string, isMe = false): RankedRow => ({
  rank,
  points: 100 - rank,
  isMe,
  member: { id, displayName: `Member ${id}`, department: null },
  team: null,
  department: null,
});

describe('formatRank', () => {
  it('says 位 in Japanese', () => {
    expect(formatRank(1, 'ja')).toBe('1位');
    expect(formatRank(12, 'ja-JP')).toBe('12位');
  });

  it('uses English ordinals, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((r) => formatRank(r, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('rankMedal', () => {
  it('gives medals to ranks 1 to 3 only (tied ranks share them)', () => {
    expect([1, 2, 2, 3, 4].map(rankMedal)).toEqual(['gold', 'silver', 'silver', 'bronze', null]);
  });
});

describe('rowName', () => {
  it('names the member, team or department of the row', () => {
    expect(rowName(memberRow(1, 'a'))).toBe('Member a');
    expect(
      rowName({ ...memberRow(1, 'a'), member: null, team: { id: 't', name: '営業1課' } }),
    ).toBe('営業1課');
    expect(
      rowName({ ...memberRow(1, 'a'), member: null, department: { id: 'd', name: '経理部' } }),
    ).toBe('経理部');
  });
});

describe('showMyRowSeparately', () => {
  const top = [memberRow(1, 'a'), memberRow(2, 'b'), memberRow(2, 'c')];

  it('shows my row under the list when I am outside the top', () => {
    expect(showMyRowSeparately(top, memberRow(14, 'me', true))).toBe(true);
  });

  it('does not repeat my row when the list already shows it', () => {
    const withMe = [...top, memberRow(4, 'me', true)];
    expect(showMyRowSeparately(withMe, memberRow(4, 'me', true))).toBe(false);
  });

  it('shows nothing when I have no place', () => {
    expect(showMyRowSeparately(top, null)).toBe(false);
  });
});

describe('topPercent', () => {
  it('rounds up to a whole percent, at least 1', () => {
    expect(topPercent(1, 500)).toBe(1);
    expect(topPercent(12, 100)).toBe(12);
    expect(topPercent(3, 7)).toBe(43);
    expect(topPercent(1, 0)).toBeNull();
  });
});
