import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

/** A level reached at `minPoints` lifetime points (初心者 → 中級者 → 上級者 …). */
export type LevelThreshold = { key: string; ja: string; en: string; minPoints: number };

export const DEFAULT_LEVEL_THRESHOLDS: readonly LevelThreshold[] = Object.freeze([
  { key: 'beginner', ja: '初心者', en: 'Beginner', minPoints: 0 },
  { key: 'intermediate', ja: '中級者', en: 'Intermediate', minPoints: 100 },
  { key: 'advanced', ja: '上級者', en: 'Advanced', minPoints: 500 },
  { key: 'expert', ja: 'エキスパート', en: 'Expert', minPoints: 1500 },
  { key: 'master', ja: 'マスター', en: 'Master', minPoints: 5000 },
]);

export type LevelStatus = {
  level: LevelThreshold;
  /** null at the top level. */
  next: LevelThreshold | null;
  /** Points still missing for `next`; null at the top level. */
  pointsToNext: number | null;
  /** 0..1 of the way from `level` to `next`; 1 at the top level. */
  progress: number;
};

/**
 * The level for a points total. Thresholds must be valid (see validateLevelThresholds);
 * totals below the first threshold (after reversals) stay on the first level.
 */
export const levelFor = (
  points: number,
  thresholds: readonly LevelThreshold[] = DEFAULT_LEVEL_THRESHOLDS,
): LevelStatus => {
  const first = thresholds[0];
  if (first === undefined) throw new RangeError('levelFor needs at least one level threshold');
  let index = 0;
  for (let i = 1; i < thresholds.length; i += 1) {
    const threshold = thresholds[i];
    if (threshold !== undefined && points >= threshold.minPoints) index = i;
  }
  const level = thresholds[index] ?? first;
  const next = thresholds[index + 1] ?? null;
  if (next === null) return { level, next: null, pointsToNext: null, progress: 1 };
  const span = next.minPoints - level.minPoints;
  const progress = Math.min(1, Math.max(0, (points - level.minPoints) / span));
  return { level, next, pointsToNext: next.minPoints - points, progress };
};

/** A level ladder starts at 0 and climbs strictly, with unique keys and both labels. */
export const validateLevelThresholds = (
  thresholds: readonly LevelThreshold[],
): Result<LevelThreshold[]> => {
  const errors: FieldError[] = [];
  if (thresholds.length === 0) {
    return fail([fieldError('levels', 'levels.required', 'Define at least one level.')]);
  }
  const keys = new Set<string>();
  thresholds.forEach((t, i) => {
    const field = `levels.${i}`;
    if (!Number.isInteger(t.minPoints) || t.minPoints < 0) {
      errors.push(
        fieldError(
          `${field}.minPoints`,
          'levels.invalidPoints',
          'Points must be a whole number of 0 or more.',
        ),
      );
    }
    if (i === 0 && t.minPoints !== 0) {
      errors.push(
        fieldError(
          `${field}.minPoints`,
          'levels.firstNotZero',
          'The first level must start at 0 points.',
        ),
      );
    }
    const previous = thresholds[i - 1];
    if (previous !== undefined && !(t.minPoints > previous.minPoints)) {
      errors.push(
        fieldError(
          `${field}.minPoints`,
          'levels.notIncreasing',
          `Each level needs more points than the one before (${previous.minPoints}).`,
        ),
      );
    }
    if (t.key.trim() === '') {
      errors.push(fieldError(`${field}.key`, 'levels.keyRequired', 'Give every level a key.'));
    } else if (keys.has(t.key)) {
      errors.push(
        fieldError(`${field}.key`, 'levels.duplicateKey', `The key "${t.key}" is used twice.`),
      );
    }
    keys.add(t.key);
    if (t.ja.trim() === '' || t.en.trim() === '') {
      errors.push(
        fieldError(
          `${field}.label`,
          'levels.labelRequired',
          'Name every level in Japanese and English.',
        ),
      );
    }
  });
  return errors.length > 0 ? fail(errors) : ok(thresholds.map((t) => ({ ...t })));
};
