// Pure helpers for "my contribution report" on the profile.

export const REPORT_STAT_KEYS = [
  'postsPublished',
  'viewsReceived',
  'reusesReceived',
  'storiesApproved',
  'kudosGiven',
  'kudosReceived',
  'hoursSaved',
  'badgesEarned',
] as const;
export type ReportStatKey = (typeof REPORT_STAT_KEYS)[number];

export function reportStats(
  row: Record<ReportStatKey, number>,
): { key: ReportStatKey; value: number }[] {
  return REPORT_STAT_KEYS.map((key) => ({ key, value: row[key] }));
}

/** "3位（80パーセンタイル）" / "#3 (80 percentile)"; "—" without a rank (no department). */
export function formatRank(
  rank: number | null | undefined,
  percentile: number | null | undefined,
  language: string,
): string {
  if (rank === null || rank === undefined) return '—';
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const ja = !language.startsWith('en');
  const place = ja ? `${number.format(rank)}位` : `#${number.format(rank)}`;
  if (percentile === null || percentile === undefined) return place;
  return ja
    ? `${place}（${number.format(percentile)}パーセンタイル）`
    : `${place} (${number.format(percentile)} percentile)`;
}
