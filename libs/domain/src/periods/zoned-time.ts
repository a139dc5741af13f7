// Wall-clock time in an IANA time zone using only Intl (no tz library): the offset at an
// instant is read back from Intl's formatted parts, and a local day's start is found by
// iterating that offset, with a search fallback for days whose midnight falls in a DST gap.
import {
  civilDateToUtcMs,
  formatCivilDate,
  requireCivilDate,
  type CivilDate,
} from '../shared/civil-date';

const MS_PER_SECOND = 1000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
// Real offsets lie within −12 h … +14 h, so a local day starts within ±15 h of its UTC midnight.
const SEARCH_WINDOW_MS = 15 * MS_PER_HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, before anything is cached.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

const assertValidInstant = (ms: number): void => {
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant (Invalid Date)');
};

type WallClock = CivilDate & { hour: number; minute: number; second: number };

const floorToSecond = (ms: number): number => Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND;

/** The wall clock read from Intl (the reference; slow: one formatToParts per call). */
const intlWallClock = (ms: number, timeZone: string): WallClock => {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
  };
};

const intlOffsetMs = (second: number, timeZone: string): number => {
  const w = intlWallClock(second, timeZone);
  return (
    civilDateToUtcMs(w) +
    w.hour * MS_PER_HOUR +
    w.minute * 60_000 +
    w.second * MS_PER_SECOND -
    second
  );
};

// A zone's offset only changes at its transitions, which lie far more than a quarter of an
// hour apart. The offset of a quarter hour is cached once it is the same at both ends of it
// (otherwise a transition falls inside and every call asks Intl), so reading wall clocks costs
// two Intl calls per zone and quarter hour instead of one per call: the view path reads
// several local dates per event. Only from 1970 on (older dates keep Intl's era handling).
const OFFSET_BUCKET_MS = 15 * 60_000;
const OFFSET_CACHE_MAX = 20_000;
const offsetCache = new Map<string, number | null>();

const cachedOffsetMs = (second: number, timeZone: string): number | null => {
  if (second < 0) return null;
  const bucket = Math.floor(second / OFFSET_BUCKET_MS);
  const key = `${timeZone}\u0000${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const first = bucket * OFFSET_BUCKET_MS;
    const last = first + OFFSET_BUCKET_MS - MS_PER_SECOND;
    const atFirst = intlOffsetMs(first, timeZone);
    offset = atFirst === intlOffsetMs(last, timeZone) ? atFirst : null;
    if (offsetCache.size >= OFFSET_CACHE_MAX) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
};

const wallClock = (ms: number, timeZone: string): WallClock => {
  const second = floorToSecond(ms);
  const offset = cachedOffsetMs(second, timeZone);
  if (offset === null) return intlWallClock(ms, timeZone);
  const local = new Date(second + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
};

/** The zone's wall-clock reading at `ms`, expressed as if it were a UTC timestamp (whole seconds). */
const wallClockMs = (ms: number, timeZone: string): number => {
  const w = wallClock(ms, timeZone);
  return civilDateToUtcMs(w) + w.hour * MS_PER_HOUR + w.minute * 60_000 + w.second * MS_PER_SECOND;
};

/** UTC offset of the zone at that instant in milliseconds (Tokyo: +32 400 000). */
export const timeZoneOffsetMs = (instant: Date, timeZone: string): number => {
  const ms = instant.getTime();
  assertValidInstant(ms);
  const second = floorToSecond(ms);
  return wallClockMs(second, timeZone) - second;
};

/** 'YYYY-MM-DD' of the instant as seen on a calendar in that zone. */
export const localDate = (instant: Date, timeZone: string): string => {
  const ms = instant.getTime();
  assertValidInstant(ms);
  return formatCivilDate(wallClock(ms, timeZone));
};

/** Start of a civil day in a zone; see zonedStartOfDay. */
export const zonedStartOfCivilDay = (date: CivilDate, timeZone: string): Date => {
  const target = civilDateToUtcMs(date);
  const offsetAt = (ms: number): number => wallClockMs(ms, timeZone) - ms;

  // Offsets in force around that day (before and after a transition near it).
  const candidates = new Set<number>();
  for (const probe of [target - MS_PER_DAY, target, target + MS_PER_DAY]) {
    const guess = target - offsetAt(probe);
    candidates.add(guess);
    candidates.add(target - offsetAt(guess));
  }
  // Local midnight may occur twice (clocks set back across it): the day starts at the first.
  const valid = [...candidates].filter((ms) => wallClockMs(ms, timeZone) === target);
  if (valid.length > 0) return new Date(Math.min(...valid));

  // Midnight does not exist (clocks jump over it, e.g. São Paulo 2018-11-04 00:00 → 01:00):
  // the day starts at the first instant whose wall clock reads that day or later.
  let lo = target - SEARCH_WINDOW_MS; // wall clock still on the previous day
  let hi = target + SEARCH_WINDOW_MS; // wall clock on that day or later
  while (hi - lo > MS_PER_SECOND) {
    const mid = lo + Math.floor((hi - lo) / (2 * MS_PER_SECOND)) * MS_PER_SECOND;
    if (wallClockMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
};

/**
 * The UTC instant at which the local day `localDate` ('YYYY-MM-DD') begins in the zone.
 * Correct across DST: the first midnight when midnight repeats, the end of the gap when
 * midnight is skipped, and the next day's start for a day that a zone skipped entirely.
 */
export const zonedStartOfDay = (localDateText: string, timeZone: string): Date =>
  zonedStartOfCivilDay(requireCivilDate(localDateText, 'localDate'), timeZone);
