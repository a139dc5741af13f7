// Evaluation periods (評価期間) HR exports contribution scores for: presets for the fiscal
// quarters and halves of a fiscal year (from the organization's fiscal-year start, April by
// default: 上期 Apr–Sep, 下期 Oct–Mar) and custom ranges of whole local days.
import { periodOf, parsePeriodKey, type PeriodSettings } from '../periods/period';
import { zonedStartOfCivilDay } from '../periods/zoned-time';
import {
  addDays,
  civilDateToUtcMs,
  compareCivilDates,
  formatCivilDate,
  parseCivilDate,
} from '../shared/civil-date';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export type EvaluationPeriodRange = {
  /** First and last local day, inclusive (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  /** The instants they span in the organization's zone: [start, end). */
  start: Date;
  end: Date;
};

export type EvaluationPeriodPreset = EvaluationPeriodRange & {
  key: string;
  label: { ja: string; en: string };
};

export const EVALUATION_PERIOD_MAX_DAYS = 731;
export const EVALUATION_PERIOD_NAME_MAX = 100;

/** The four quarters and two halves of the fiscal year that contains `instant`. */
export const evaluationPeriodPresets = (
  fiscalYear: number,
  settings: PeriodSettings,
): EvaluationPeriodPreset[] =>
  ['H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'].map((suffix) => {
    const period = parsePeriodKey(`FY${fiscalYear}-${suffix}`, settings);
    if (!period) throw new RangeError(`Fiscal year out of range: ${fiscalYear}`);
    return {
      key: period.key,
      label: period.label,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      start: period.start,
      end: period.end,
    };
  });

/** The fiscal year (named by the calendar year it starts in) that contains `instant`. */
export const fiscalYearOf = (instant: Date, settings: PeriodSettings): number =>
  Number(periodOf('fiscalYear', instant, settings).key.slice(2));

/**
 * A custom range from two local days: both valid dates, first ≤ last, at most two years.
 * Errors name the field (`firstDay`, `lastDay`) with codes period.invalidDate,
 * period.inverted, period.tooLong.
 */
export const customEvaluationPeriod = (
  input: { firstDay: string; lastDay: string },
  settings: PeriodSettings,
): Result<EvaluationPeriodRange> => {
  const errors: FieldError[] = [];
  const first = parseCivilDate(input.firstDay.trim());
  const last = parseCivilDate(input.lastDay.trim());
  if (!first) {
    errors.push(fieldError('firstDay', 'period.invalidDate', 'Enter the first day as YYYY-MM-DD.'));
  }
  if (!last) {
    errors.push(fieldError('lastDay', 'period.invalidDate', 'Enter the last day as YYYY-MM-DD.'));
  }
  if (!first || !last) return fail(errors);
  if (compareCivilDates(first, last) > 0) {
    return fail([
      fieldError('lastDay', 'period.inverted', 'The last day must not be before the first day.'),
    ]);
  }
  const days = (civilDateToUtcMs(last) - civilDateToUtcMs(first)) / 86_400_000 + 1;
  if (days > EVALUATION_PERIOD_MAX_DAYS) {
    return fail([
      fieldError(
        'lastDay',
        'period.tooLong',
        `An evaluation period spans at most ${EVALUATION_PERIOD_MAX_DAYS} days.`,
      ),
    ]);
  }
  return ok({
    firstDay: formatCivilDate(first),
    lastDay: formatCivilDate(last),
    start: zonedStartOfCivilDay(first, settings.timeZone),
    end: zonedStartOfCivilDay(addDays(last, 1), settings.timeZone),
  });
};
