// Civil (time-zone-free) calendar dates: what a member sees on a wall calendar.
// Arithmetic goes through UTC milliseconds, which have no DST, so a day is always 86 400 000 ms.

export type CivilDate = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

export const isValidCivilDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

export const formatCivilDate = ({ year, month, day }: CivilDate): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** 'YYYY-MM-DD' for a civil date, or null when it does not exist (2024-02-30). */
export const isoDate = (year: number, month: number, day: number): string | null =>
  isValidCivilDate(year, month, day) ? formatCivilDate({ year, month, day }) : null;

/** Strict 'YYYY-MM-DD' → parts, or null when malformed or impossible (2024-02-30). */
export const parseCivilDate = (s: string): CivilDate | null => {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivilDate(year, month, day) ? { year, month, day } : null;
};

/** Like parseCivilDate but throws: for arguments the caller must already have validated. */
export const requireCivilDate = (s: string, name = 'date'): CivilDate => {
  const parsed = parseCivilDate(s);
  if (!parsed) throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got "${s}"`);
  return parsed;
};

/** Milliseconds of midnight UTC on that civil date (years below 100 included). */
export const civilDateToUtcMs = ({ year, month, day }: CivilDate): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
};

export const utcMsToCivilDate = (ms: number): CivilDate => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const addDays = (date: CivilDate, days: number): CivilDate =>
  utcMsToCivilDate(civilDateToUtcMs(date) + days * MS_PER_DAY);

/** Adds months; the day is clamped to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export const addMonths = (date: CivilDate, months: number): CivilDate => {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
};

/** ISO weekday: Monday = 1 … Sunday = 7. */
export const isoWeekday = (date: CivilDate): number => {
  const sundayZero = new Date(civilDateToUtcMs(date)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
};

export const compareCivilDates = (a: CivilDate, b: CivilDate): number =>
  civilDateToUtcMs(a) - civilDateToUtcMs(b);
