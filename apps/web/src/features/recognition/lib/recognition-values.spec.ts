import { moveValue, optionalLabel, parseMonthlyBudget, splitValues } from './recognition-values';

const values = [
  { id: 'a', label: '挑戦', labelEn: 'Challenge', archived: false },
  { id: 'b', label: '協力', labelEn: null, archived: false },
  { id: 'x', label: '旧', labelEn: null, archived: true },
  { id: 'c', label: '顧客第一', labelEn: null, archived: false },
];

describe('moveValue', () => {
  it('swaps a value with its neighbour and lists every active value once', () => {
    expect(moveValue(values, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveValue(values, 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses moves past either end, of archived values and of unknown ids', () => {
    expect(moveValue(values, 'a', -1)).toBeNull();
    expect(moveValue(values, 'c', 1)).toBeNull();
    expect(moveValue(values, 'x', -1)).toBeNull();
    expect(moveValue(values, 'nope', 1)).toBeNull();
  });
});

describe('splitValues', () => {
  it('separates active and archived values, keeping the order', () => {
    const { active, archived } = splitValues(values);
    expect(active.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(archived.map((v) => v.id)).toEqual(['x']);
  });
});

describe('optionalLabel', () => {
  it('turns a blank English label into none', () => {
    expect(optionalLabel('  ')).toBeNull();
    expect(optionalLabel(' Teamwork ')).toBe('Teamwork');
  });
});

describe('parseMonthlyBudget', () => {
  it('accepts whole numbers from 1 to 1000', () => {
    expect(parseMonthlyBudget(1)).toBe(1);
    expect(parseMonthlyBudget('10')).toBe(10);
    expect(parseMonthlyBudget(1000)).toBe(1000);
  });

  it('rejects empty, fractional and out-of-range budgets', () => {
    expect(parseMonthlyBudget('')).toBeNull();
    expect(parseMonthlyBudget(0)).toBeNull();
    expect(parseMonthlyBudget(2.5)).toBeNull();
    expect(parseMonthlyBudget(1001)).toBeNull();
  });
});
