// Hours saved per month by a success story (成功事例): (before − after) × occurrences ÷ 60.
// Inputs may have up to two decimals (7.5 minutes; 0.25 times a month = quarterly), so the
// computation runs on integer hundredths: the minutes saved are exact, and the rounding for
// display is exact too (no 0.05 → 0.0 surprises from binary floating point).
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const MAX_MINUTES_PER_OCCURRENCE = 1440; // one day
export const MAX_OCCURRENCES_PER_MONTH = 10_000;
const DECIMALS = 2;
const SCALE = 10 ** DECIMALS;

export type HoursSavedInput = {
  minutesBefore: number;
  minutesAfter: number;
  occurrencesPerMonth: number;
};

export type HoursSaved = {
  /** (before − after) × occurrences, exact for inputs with up to two decimals. */
  minutesSavedPerMonth: number;
  /** minutesSavedPerMonth ÷ 60, unrounded: sum these (or the minutes) across stories. */
  hoursExact: number;
  /** Rounded half up to 0.1 h, for display ("12.5 h/月"). */
  hoursRounded: number;
};

type Field = keyof HoursSavedInput;

const toHundredths = (
  field: Field,
  value: number,
  max: number,
  errors: FieldError[],
): number | null => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    errors.push(fieldError(field, `${field}.invalid`, 'Enter a number of 0 or more.'));
    return null;
  }
  if (value > max) {
    errors.push(
      fieldError(field, `${field}.tooLarge`, `Enter at most ${max.toLocaleString('en-US')}.`),
    );
    return null;
  }
  const scaled = Math.round(value * SCALE);
  // Tolerate binary noise (7.1 * 100 = 710.0000000000001) but not a third decimal.
  if (Math.abs(scaled - value * SCALE) > 1e-6) {
    errors.push(
      fieldError(field, `${field}.tooManyDecimals`, `Use at most ${DECIMALS} decimal places.`),
    );
    return null;
  }
  return scaled;
};

/** Validates the three numbers and computes the hours saved per month. */
export const hoursSavedPerMonth = (input: HoursSavedInput): Result<HoursSaved> => {
  const errors: FieldError[] = [];
  const before = toHundredths(
    'minutesBefore',
    input.minutesBefore,
    MAX_MINUTES_PER_OCCURRENCE,
    errors,
  );
  const after = toHundredths(
    'minutesAfter',
    input.minutesAfter,
    MAX_MINUTES_PER_OCCURRENCE,
    errors,
  );
  const occurrences = toHundredths(
    'occurrencesPerMonth',
    input.occurrencesPerMonth,
    MAX_OCCURRENCES_PER_MONTH,
    errors,
  );
  if (before !== null && after !== null && after > before) {
    errors.push(
      fieldError(
        'minutesAfter',
        'minutesAfter.notLess',
        'The minutes after the improvement must not be more than the minutes before.',
      ),
    );
  }
  if (errors.length > 0 || before === null || after === null || occurrences === null) {
    return fail(errors);
  }
  // Minutes saved in 1/10,000 minute: an integer below 2^53 (144,000 × 1,000,000).
  const savedUnits = (before - after) * occurrences;
  const unitsPerMinute = SCALE * SCALE;
  const unitsPerTenthHour = unitsPerMinute * 6;
  return ok({
    minutesSavedPerMonth: savedUnits / unitsPerMinute,
    hoursExact: savedUnits / (unitsPerMinute * 60),
    hoursRounded: Math.floor((savedUnits + unitsPerTenthHour / 2) / unitsPerTenthHour) / 10,
  });
};

/**
 * Rounds a sum of hours (e.g. of hoursExact across the stories using a template) to 0.1 h,
 * half up. A tiny epsilon absorbs binary noise in sums such as 0.1 + 0.2.
 */
export const roundHours = (hours: number): number => Math.floor(hours * 10 + 0.5 + 1e-9) / 10;
