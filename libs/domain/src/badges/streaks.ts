// Weekly activity streaks: consecutive ISO weeks (Monday–Sunday, organization's local days)
// that hold at least one contribution.
import { civilDateToUtcMs, requireCivilDate } from '../shared/civil-date';

const DAY_MS = 86_400_000;

/**
 * Ordinal of the ISO week holding a local day (YYYY-MM-DD): consecutive weeks have
 * consecutive ordinals, across year boundaries (1970-01-01 was a Thursday, so +3 aligns to Monday).
 */
export const isoWeekOrdinal = (localDay: string): number =>
  Math.floor((civilDateToUtcMs(requireCivilDate(localDay, 'localDay')) / DAY_MS + 3) / 7);

export type WeeklyStreaks = {
  /** Longest run of consecutive weeks ever: what the streak badge is earned on. */
  longest: number;
  /**
   * The run still alive: ending this week, or last week when this week has no contribution
   * yet (the member can still keep it). 0 when broken.
   */
  current: number;
};

export const weeklyStreaks = (contributionDays: Iterable<string>, today: string): WeeklyStreaks => {
  const weeks = [...new Set([...contributionDays].map(isoWeekOrdinal))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const week of weeks) {
    run = week === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = week;
  }
  const thisWeek = isoWeekOrdinal(today);
  const last = weeks.at(-1);
  const current = last === thisWeek || last === thisWeek - 1 ? run : 0;
  return { longest, current };
};
