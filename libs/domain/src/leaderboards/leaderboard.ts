// Leaderboards (ランキング): which period total to read, how ties rank, who sees how much.
// Boards are served from the maintained per-member period totals (points/ledger.ts
// totalPeriodKeys); nothing here sums ledger entries.
import type { Role } from '../identity/roles';
import { ALL_TIME_KEY, totalPeriodKeys } from '../points/ledger';
import type { PeriodKind, PeriodSettings } from '../periods/period';
import { fail, fieldError, ok, type Result } from '../shared/result';

export const LEADERBOARD_SUBJECTS = ['member', 'team', 'department'] as const;
export type LeaderboardSubject = (typeof LEADERBOARD_SUBJECTS)[number];

export const LEADERBOARD_PERIODS = [
  'week',
  'month',
  'fiscalQuarter',
  'fiscalHalf',
  'fiscalYear',
  'allTime',
] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

export const LEADERBOARD_SCOPES = ['company', 'myDepartment', 'myTeam'] as const;
export type LeaderboardScope = (typeof LEADERBOARD_SCOPES)[number];

export const LEADERBOARD_MAX_FIRST = 100;
export const LEADERBOARD_MAX_TOP_N = 1000;

/** The member_point_totals key of the period containing `now` ('all' for all time). */
export const leaderboardPeriodKey = (
  period: LeaderboardPeriod,
  now: Date,
  settings: PeriodSettings,
): string => {
  if (period === 'allTime') return ALL_TIME_KEY;
  const kind: PeriodKind = period;
  return totalPeriodKeys(now, settings)[kind];
};

export type LeaderboardRankable = {
  id: string;
  points: number;
  /** Display sort key for equal points: the name reading (五十音), then the name. */
  reading: string;
};

export type LeaderboardRanked<T extends LeaderboardRankable> = T & { rank: number };

const readingCollator = new Intl.Collator('ja');

/** Display order: points descending, then reading, then id (deterministic). */
export const compareLeaderboardRows = (a: LeaderboardRankable, b: LeaderboardRankable): number =>
  b.points - a.points || readingCollator.compare(a.reading, b.reading) || (a.id < b.id ? -1 : 1);

/**
 * Standard competition ranking ("1224"): equal points share a rank and the next rank skips
 * as many places as were tied. Returns the items in display order.
 */
export const rankLeaderboard = <T extends LeaderboardRankable>(
  items: readonly T[],
): LeaderboardRanked<T>[] => {
  const sorted = [...items].sort(compareLeaderboardRows);
  const ranked: LeaderboardRanked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.points === item.points ? previous.rank : index + 1;
    ranked.push({ ...item, rank });
  });
  return ranked;
};

/**
 * The competition rank a total would have among `others` (the ranked rows, excluding the
 * subject): 1 + how many have strictly more points. Used for "my rank" of a member who is not
 * listed (opted out) or outside the fetched page.
 */
export const leaderboardCompetitionRank = (
  points: number,
  otherPoints: Iterable<number>,
): number => {
  let above = 0;
  for (const p of otherPoints) if (p > points) above += 1;
  return above + 1;
};

/** Roles that always see the full ranking whatever the organization's top-N setting. */
const FULL_VIEW_ROLES: readonly Role[] = ['admin', 'hr', 'manager'];

export const seesFullLeaderboard = (roles: readonly Role[]): boolean =>
  roles.some((role) => FULL_VIEW_ROLES.includes(role));

/**
 * How many entries of a board the viewer may see: `first` capped by the organization's
 * staffVisibleTopN for staff (and ambassadors); admin, HR and managers see everything asked for.
 */
export const visibleLeaderboardLength = (
  roles: readonly Role[],
  staffVisibleTopN: number | null,
  first: number,
): number =>
  staffVisibleTopN === null || seesFullLeaderboard(roles)
    ? first
    : Math.min(first, staffVisibleTopN);

/**
 * Entries within the visible top N: by rank, so a tie straddling the cut is shown whole
 * (top 3 of 10, 9, 8, 8 shows four rows) — but never more than `first` rows.
 */
export const cutLeaderboardToVisible = <T extends { rank: number }>(
  ranked: readonly T[],
  topN: number | null,
  first: number,
): T[] => ranked.filter((r) => topN === null || r.rank <= topN).slice(0, first);

export const validateLeaderboardFirst = (first: number): Result<number> =>
  Number.isInteger(first) && first >= 1 && first <= LEADERBOARD_MAX_FIRST
    ? ok(first)
    : fail([
        fieldError(
          'first',
          'leaderboard.firstOutOfRange',
          `first must be between 1 and ${LEADERBOARD_MAX_FIRST}.`,
        ),
      ]);

export type LeaderboardSettings = { staffVisibleTopN: number | null };

export const DEFAULT_LEADERBOARD_SETTINGS: LeaderboardSettings = { staffVisibleTopN: null };

export const validateLeaderboardSettings = (
  input: LeaderboardSettings,
): Result<LeaderboardSettings> => {
  const n = input.staffVisibleTopN;
  if (n !== null && (!Number.isInteger(n) || n < 1 || n > LEADERBOARD_MAX_TOP_N)) {
    return fail([
      fieldError(
        'staffVisibleTopN',
        'leaderboard.topNOutOfRange',
        `Enter a whole number from 1 to ${LEADERBOARD_MAX_TOP_N}, or leave it empty to show everyone.`,
      ),
    ]);
  }
  return ok({ staffVisibleTopN: n });
};
