// Periods (day, ISO week, month, fiscal quarter/half/year) in an organization's time zone.
// The points ledger keeps a running total per period key, so keys are stable strings:
// 2026-11-23, 2026-W48, 2026-11, FY2026-Q3, FY2026-H2, FY2026. A fiscal year is named by
// the calendar year it starts in (Japanese 年度: FY2026 = Apr 2026 – Mar 2027).
import {
  addDays,
  addMonths,
  civilDateToUtcMs,
  formatCivilDate,
  isValidCivilDate,
  isoWeekday,
  parseCivilDate,
  type CivilDate,
} from '../shared/civil-date';
import { localDate, zonedStartOfCivilDay } from './zoned-time';

export const PERIOD_KINDS = [
  'day',
  'week',
  'month',
  'fiscalQuarter',
  'fiscalHalf',
  'fiscalYear',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type PeriodSettings = { timeZone: string; fiscalYearStartMonth: number };

export type Period = {
  kind: PeriodKind;
  key: string;
  /** First instant of the period (inclusive). */
  start: Date;
  /** First instant after the period (exclusive). */
  end: Date;
  /** First and last local calendar day, both inclusive: for display and exports. */
  firstDay: string;
  lastDay: string;
  label: { ja: string; en: string };
};

type PeriodSpan = {
  kind: PeriodKind;
  key: string;
  first: CivilDate;
  /** The day after the last day. */
  next: CivilDate;
  label: { ja: string; en: string };
};

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
// Keys are parsed back, so keep years to four digits with room for a following fiscal year.
const MIN_YEAR = 1000;
const MAX_YEAR = 9998;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const jaDay = (d: CivilDate): string => `${d.month}月${d.day}日`;
const enDay = (d: CivilDate): string => `${MONTHS_EN[d.month - 1]} ${d.day}`;

const assertFiscalYearStartMonth = (month: number): void => {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`fiscalYearStartMonth must be an integer from 1 to 12, got ${month}`);
  }
};

// ---------------------------------------------------------------- spans

const daySpan = (d: CivilDate): PeriodSpan => ({
  kind: 'day',
  key: formatCivilDate(d),
  first: d,
  next: addDays(d, 1),
  label: { ja: `${d.year}年${jaDay(d)}`, en: `${enDay(d)}, ${d.year}` },
});

const isoWeekOf = (d: CivilDate): { year: number; week: number } => {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = (civilDateToUtcMs(thursday) - civilDateToUtcMs(jan1)) / 86_400_000;
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
};

const isoWeeksInYear = (year: number): number => isoWeekOf({ year, month: 12, day: 28 }).week;

const mondayOfIsoWeek = (year: number, week: number): CivilDate => {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
};

const weekSpan = (year: number, week: number): PeriodSpan => {
  const first = mondayOfIsoWeek(year, week);
  const sunday = addDays(first, 6);
  return {
    kind: 'week',
    key: `${year}-W${pad2(week)}`,
    first,
    next: addDays(first, 7),
    label: {
      ja: `${year}年 第${week}週（${jaDay(first)}〜${jaDay(sunday)}）`,
      en: `Week ${week}, ${year} (${enDay(first)} – ${enDay(sunday)})`,
    },
  };
};

const monthSpan = (year: number, month: number): PeriodSpan => {
  const first = { year, month, day: 1 };
  return {
    kind: 'month',
    key: `${year}-${pad2(month)}`,
    first,
    next: addMonths(first, 1),
    label: { ja: `${year}年${month}月`, en: `${MONTHS_EN[month - 1]} ${year}` },
  };
};

const fiscalYearStart = (fiscalYear: number, startMonth: number): CivilDate => ({
  year: fiscalYear,
  month: startMonth,
  day: 1,
});

const fiscalYearSpan = (fiscalYear: number, startMonth: number): PeriodSpan => {
  const first = fiscalYearStart(fiscalYear, startMonth);
  return {
    kind: 'fiscalYear',
    key: `FY${fiscalYear}`,
    first,
    next: addMonths(first, 12),
    label: { ja: `${fiscalYear}年度`, en: `FY${fiscalYear}` },
  };
};

const fiscalHalfSpan = (fiscalYear: number, half: number, startMonth: number): PeriodSpan => {
  const first = addMonths(fiscalYearStart(fiscalYear, startMonth), (half - 1) * 6);
  return {
    kind: 'fiscalHalf',
    key: `FY${fiscalYear}-H${half}`,
    first,
    next: addMonths(first, 6),
    label: {
      ja: `${fiscalYear}年度 ${half === 1 ? '上期' : '下期'}`,
      en: `FY${fiscalYear} H${half}`,
    },
  };
};

const fiscalQuarterSpan = (fiscalYear: number, quarter: number, startMonth: number): PeriodSpan => {
  const first = addMonths(fiscalYearStart(fiscalYear, startMonth), (quarter - 1) * 3);
  return {
    kind: 'fiscalQuarter',
    key: `FY${fiscalYear}-Q${quarter}`,
    first,
    next: addMonths(first, 3),
    label: { ja: `${fiscalYear}年度 第${quarter}四半期`, en: `FY${fiscalYear} Q${quarter}` },
  };
};

const spanContaining = (kind: PeriodKind, d: CivilDate, startMonth: number): PeriodSpan => {
  const fiscalYear = d.month >= startMonth ? d.year : d.year - 1;
  const monthIndex = (d.month - startMonth + 12) % 12; // 0 = first month of the fiscal year
  switch (kind) {
    case 'day':
      return daySpan(d);
    case 'week': {
      const { year, week } = isoWeekOf(d);
      return weekSpan(year, week);
    }
    case 'month':
      return monthSpan(d.year, d.month);
    case 'fiscalQuarter':
      return fiscalQuarterSpan(fiscalYear, Math.floor(monthIndex / 3) + 1, startMonth);
    case 'fiscalHalf':
      return fiscalHalfSpan(fiscalYear, Math.floor(monthIndex / 6) + 1, startMonth);
    case 'fiscalYear':
      return fiscalYearSpan(fiscalYear, startMonth);
    default: {
      const unknownKind: never = kind;
      throw new RangeError(`Unknown period kind: ${String(unknownKind)}`);
    }
  }
};

const toPeriod = (span: PeriodSpan, timeZone: string): Period => ({
  kind: span.kind,
  key: span.key,
  start: zonedStartOfCivilDay(span.first, timeZone),
  end: zonedStartOfCivilDay(span.next, timeZone),
  firstDay: formatCivilDate(span.first),
  lastDay: formatCivilDate(addDays(span.next, -1)),
  label: span.label,
});

// ---------------------------------------------------------------- public API

/**
 * The period of that kind containing the instant, with boundaries at local midnight in
 * `settings.timeZone`. Throws RangeError for an invalid instant, time zone or start month
 * (settings are validated when saved; see validateOrganizationSettings).
 */
export const periodOf = (kind: PeriodKind, instant: Date, settings: PeriodSettings): Period => {
  assertFiscalYearStartMonth(settings.fiscalYearStartMonth);
  const day = parseCivilDate(localDate(instant, settings.timeZone));
  if (!day) throw new RangeError(`Instant out of supported range: ${String(instant)}`);
  return toPeriod(spanContaining(kind, day, settings.fiscalYearStartMonth), settings.timeZone);
};

/** All six period keys of the instant, e.g. for updating per-period ledger totals. */
export const periodKeys = (instant: Date, settings: PeriodSettings): Record<PeriodKind, string> => {
  assertFiscalYearStartMonth(settings.fiscalYearStartMonth);
  const day = parseCivilDate(localDate(instant, settings.timeZone));
  if (!day) throw new RangeError(`Instant out of supported range: ${String(instant)}`);
  const keyOf = (kind: PeriodKind): string =>
    spanContaining(kind, day, settings.fiscalYearStartMonth).key;
  return {
    day: keyOf('day'),
    week: keyOf('week'),
    month: keyOf('month'),
    fiscalQuarter: keyOf('fiscalQuarter'),
    fiscalHalf: keyOf('fiscalHalf'),
    fiscalYear: keyOf('fiscalYear'),
  };
};

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const HALF_KEY = /^(?:FY)?(\d{4})-H(\d)$/;
const QUARTER_KEY = /^(?:FY)?(\d{4})-Q(\d)$/;
const YEAR_KEY = /^FY(\d{4})$/;

const parseSpan = (key: string, startMonth: number): PeriodSpan | null => {
  // Case-insensitive, full-width tolerant; a bare '2026' is refused as ambiguous
  // (calendar or fiscal year?), but '2026-H1' can only mean a fiscal half.
  const s = key.normalize('NFKC').trim().toUpperCase();
  let m: RegExpExecArray | null;
  const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

  if ((m = DAY_KEY.exec(s))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return inRange(y) && isValidCivilDate(y, mo, d)
      ? daySpan({ year: y, month: mo, day: d })
      : null;
  }
  if ((m = WEEK_KEY.exec(s))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    return inRange(y) && w >= 1 && w <= isoWeeksInYear(y) ? weekSpan(y, w) : null;
  }
  if ((m = MONTH_KEY.exec(s))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return inRange(y) && mo >= 1 && mo <= 12 ? monthSpan(y, mo) : null;
  }
  if ((m = HALF_KEY.exec(s))) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    return inRange(y) && h >= 1 && h <= 2 ? fiscalHalfSpan(y, h, startMonth) : null;
  }
  if ((m = QUARTER_KEY.exec(s))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return inRange(y) && q >= 1 && q <= 4 ? fiscalQuarterSpan(y, q, startMonth) : null;
  }
  if ((m = YEAR_KEY.exec(s))) {
    const y = Number(m[1]);
    return inRange(y) ? fiscalYearSpan(y, startMonth) : null;
  }
  return null;
};

/**
 * The period a key names (as produced by periodOf; `2026-H1` is accepted for `FY2026-H1`,
 * `2026-Q3` for `FY2026-Q3`), or null for a malformed or impossible key.
 */
export const parsePeriodKey = (key: string, settings: PeriodSettings): Period | null => {
  assertFiscalYearStartMonth(settings.fiscalYearStartMonth);
  const span = parseSpan(key, settings.fiscalYearStartMonth);
  return span ? toPeriod(span, settings.timeZone) : null;
};
