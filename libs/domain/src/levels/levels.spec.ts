import {
  DEFAULT_LEVEL_THRESHOLDS,
  levelFor,
  validateLevelThresholds,
  type LevelThreshold,
} from './levels';

const keyAt = (points: number) => levelFor(points).level.key;

describe('levelFor', () => {
  it.each([
    [0, 'beginner'],
    [99, 'beginner'],
    [100, 'intermediate'],
    [499, 'intermediate'],
    [500, 'advanced'],
    [1499, 'advanced'],
    [1500, 'expert'],
    [4999, 'expert'],
    [5000, 'master'],
    [1_000_000, 'master'],
  ])('puts %d points at %s', (points, key) => {
    expect(keyAt(points)).toBe(key);
  });

  it('reports the next level, the missing points and progress', () => {
    expect(levelFor(300)).toEqual({
      level: DEFAULT_LEVEL_THRESHOLDS[1],
      next: DEFAULT_LEVEL_THRESHOLDS[2],
      pointsToNext: 200,
      progress: 0.5,
    });
    expect(levelFor(0).progress).toBe(0);
    expect(levelFor(0).pointsToNext).toBe(100);
  });

  it('tops out at the last level', () => {
    expect(levelFor(7000)).toEqual({
      level: DEFAULT_LEVEL_THRESHOLDS[4],
      next: null,
      pointsToNext: null,
      progress: 1,
    });
  });

  it('keeps negative totals on the first level with zero progress', () => {
    expect(levelFor(-20)).toMatchObject({
      level: { key: 'beginner' },
      pointsToNext: 120,
      progress: 0,
    });
  });

  it('uses custom thresholds', () => {
    const custom: LevelThreshold[] = [
      { key: 'a', ja: 'A', en: 'A', minPoints: 0 },
      { key: 'b', ja: 'B', en: 'B', minPoints: 10 },
    ];
    expect(levelFor(9, custom).level.key).toBe('a');
    expect(levelFor(10, custom)).toMatchObject({ level: { key: 'b' }, next: null });
    expect(() => levelFor(1, [])).toThrow(RangeError);
  });

  it('labels the default ladder in Japanese', () => {
    expect(DEFAULT_LEVEL_THRESHOLDS.map((t) => t.ja)).toEqual([
      '初心者',
      '中級者',
      '上級者',
      'エキスパート',
      'マスター',
    ]);
  });
});

describe('validateLevelThresholds', () => {
  const level = (key: string, minPoints: number): LevelThreshold => ({
    key,
    ja: key,
    en: key,
    minPoints,
  });
  const codes = (thresholds: LevelThreshold[]) => {
    const r = validateLevelThresholds(thresholds);
    return r.ok ? [] : r.errors.map((e) => e.code);
  };

  it('accepts the default ladder', () => {
    expect(validateLevelThresholds(DEFAULT_LEVEL_THRESHOLDS)).toEqual({
      ok: true,
      value: [...DEFAULT_LEVEL_THRESHOLDS],
    });
  });

  it('requires a first level at 0', () => {
    expect(codes([])).toEqual(['levels.required']);
    expect(codes([level('a', 10), level('b', 20)])).toEqual(['levels.firstNotZero']);
  });

  it('requires strictly increasing whole points', () => {
    expect(codes([level('a', 0), level('b', 100), level('c', 100)])).toEqual([
      'levels.notIncreasing',
    ]);
    expect(codes([level('a', 0), level('b', 100), level('c', 50)])).toEqual([
      'levels.notIncreasing',
    ]);
    expect(codes([level('a', 0), level('b', 10.5)])).toEqual(['levels.invalidPoints']);
  });

  it('requires unique keys and both labels', () => {
    expect(codes([level('a', 0), level('a', 10)])).toEqual(['levels.duplicateKey']);
    expect(codes([level('a', 0), { key: 'b', ja: '', en: 'B', minPoints: 5 }])).toEqual([
      'levels.labelRequired',
    ]);
    expect(codes([{ key: ' ', ja: '初', en: 'A', minPoints: 0 }])).toEqual(['levels.keyRequired']);
  });
});
