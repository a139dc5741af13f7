// Ranks, percentiles and the 0–100 contribution score of the HR export. Pure and
// deterministic so the export, the member's own report and the tests agree to the digit.
//
// - rank: standard competition ranking by points, highest first (1, 2, 2, 4).
// - percentile: the share of the other members of the group with FEWER points, 0–100, one
//   decimal (the top member of 10 with distinct points: 100.0; the last: 0.0; everyone equal:
//   0.0 for all). A group of one gets 100.0.
// - score: 100 · ln(1 + p) / ln(1 + max), one decimal, where p is the member's points (negative
//   totals count as 0) and max the highest total in the company for the period. The logarithm
//   keeps one very high total from pressing everyone else towards 0, while the order stays the
//   order of points; 0 points → 0, the top member → 100. No one has points → 0 for all.

export type Scored = { rank: number; percentile: number };

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Rank and percentile of every entry within the group, in input order. */
export const rankWithin = (points: readonly number[]): Scored[] => {
  const sorted = [...points].sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  sorted.forEach((p, i) => {
    if (!firstIndex.has(p)) firstIndex.set(p, i);
  });
  // Members with fewer points = everyone after the last index holding p.
  const lastIndex = new Map<number, number>();
  sorted.forEach((p, i) => lastIndex.set(p, i));
  const n = points.length;
  return points.map((p) => {
    const rank = (firstIndex.get(p) as number) + 1;
    const fewer = n - 1 - (lastIndex.get(p) as number);
    return { rank, percentile: n <= 1 ? 100 : round1((100 * fewer) / (n - 1)) };
  });
};

/** The 0–100 contribution score of `points` given the company's highest total `max`. */
export const contributionScore = (points: number, max: number): number => {
  if (max <= 0) return 0;
  const p = Math.max(0, points);
  return round1((100 * Math.log1p(p)) / Math.log1p(max));
};
