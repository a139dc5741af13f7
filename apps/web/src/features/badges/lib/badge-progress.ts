/** Profile badges: which tier is shown, how far to the next one, in which order. */

export type Tier = 'BRONZE' | 'SILVER' | 'GOLD';

const TIER_ORDER: readonly Tier[] = ['BRONZE', 'SILVER', 'GOLD'];

export type BadgeProgressData = {
  badge: { id: string; name: string };
  value: number;
  earned: readonly { tier: Tier | null }[];
  nextTier: Tier | null;
  nextThreshold: number | null;
  remaining: number | null;
  complete: boolean;
};

/** The best tier earned (an untiered badge earned counts as 'EARNED'); null when none. */
export function highestEarned(earned: readonly { tier: Tier | null }[]): Tier | 'EARNED' | null {
  if (earned.length === 0) return null;
  let best: Tier | null = null;
  for (const { tier } of earned) {
    if (tier && (best === null || TIER_ORDER.indexOf(tier) > TIER_ORDER.indexOf(best))) best = tier;
  }
  return best ?? 'EARNED';
}

/** 0–100 toward the next level; 100 when complete; null when there is no measurable next. */
export function percentToNext(progress: BadgeProgressData): number | null {
  if (progress.complete) return 100;
  if (progress.nextThreshold === null || progress.nextThreshold <= 0) return null;
  if (progress.remaining !== null) {
    const done = progress.nextThreshold - progress.remaining;
    return clampPercent((done / progress.nextThreshold) * 100);
  }
  return clampPercent((progress.value / progress.nextThreshold) * 100);
}

function clampPercent(value: number): number {
  return Math.max(0, Math.min(100, Math.floor(value)));
}

/**
 * 「あと3回でシルバー」 from the numbers, in case the server sent no sentence (the server's
 * `message` is preferred: it knows the metric's unit, 回/件/週).
 */
export function nextTierText(
  progress: Pick<BadgeProgressData, 'remaining' | 'nextTier' | 'complete'>,
  labels: {
    tier: (tier: Tier) => string;
    earnIt: string;
    sentence: (remaining: number, target: string) => string;
  },
): string | null {
  if (progress.complete || progress.remaining === null || progress.remaining <= 0) return null;
  const target = progress.nextTier ? labels.tier(progress.nextTier) : labels.earnIt;
  return labels.sentence(progress.remaining, target);
}

/** Earned badges first (best tier first), then those closest to their next level. */
export function sortBadgeProgress<T extends BadgeProgressData>(items: readonly T[]): T[] {
  const rank = (item: T) => {
    const best = highestEarned(item.earned);
    return best === null ? -1 : best === 'EARNED' ? 0 : TIER_ORDER.indexOf(best) + 1;
  };
  return [...items].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (percentToNext(b) ?? -1) - (percentToNext(a) ?? -1) ||
      a.badge.name.localeCompare(b.badge.name, 'ja'),
  );
}
