/** Display helpers for leaderboard rows; plain data in, plain data out. */

export type RankedRow = {
  rank: number;
  points: number;
  isMe: boolean;
  member: { id: string; displayName: string; department?: { name: string } | null } | null;
  team: { id: string; name: string } | null;
  department: { id: string; name: string } | null;
};

export type RankMedal = 'gold' | 'silver' | 'bronze';

/** 1位 / 1st — the rank as people say it. */
export function formatRank(rank: number, language: string): string {
  if (language.startsWith('ja')) return `${rank}位`;
  const lastTwo = rank % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13
      ? 'th'
      : rank % 10 === 1
        ? 'st'
        : rank % 10 === 2
          ? 'nd'
          : rank % 10 === 3
            ? 'rd'
            : 'th';
  return `${rank}${suffix}`;
}

/** The podium: ranks 1–3 (ties share a medal, because they share the rank). */
export function rankMedal(rank: number): RankMedal | null {
  if (rank === 1) return 'gold';
  if (rank === 2) return 'silver';
  if (rank === 3) return 'bronze';
  return null;
}

/** Who the row is about: the member, team or department name. */
export function rowName(row: RankedRow): string {
  return row.member?.displayName ?? row.team?.name ?? row.department?.name ?? '';
}

/** A stable React key per row, whatever the board's subject. */
export function rowKey(row: RankedRow): string {
  const id = row.member?.id ?? row.team?.id ?? row.department?.id ?? 'unknown';
  return `${row.rank}-${id}`;
}

/**
 * The viewer's own place is shown under the list when the list does not already show it
 * (outside the top N, or hidden from the public board).
 */
export function showMyRowSeparately(rows: readonly RankedRow[], me: RankedRow | null): boolean {
  if (!me) return false;
  const meKey = rowKey(me);
  return !rows.some((row) => row.isMe && rowKey(row) === meKey);
}

/** 「上位 12% 」: the viewer's standing among everyone ranked, for the summary card. */
export function topPercent(rank: number, totalRanked: number): number | null {
  if (totalRanked <= 0 || rank <= 0) return null;
  return Math.max(1, Math.ceil((rank / totalRanked) * 100));
}
