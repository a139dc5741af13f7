/** Challenge display and form helpers: units per metric, progress bars, date ranges. */

export type ChallengeMetricValue =
  'POINTS' | 'KNOWLEDGE_POSTS' | 'TEMPLATE_REUSES' | 'HOURS_SAVED' | 'ACTIVE_MEMBER_RATE';

const UNITS: Record<ChallengeMetricValue, { ja: string; en: string; space: boolean }> = {
  POINTS: { ja: 'pt', en: 'pt', space: false },
  KNOWLEDGE_POSTS: { ja: '件', en: 'posts', space: true },
  TEMPLATE_REUSES: { ja: '回', en: 'reuses', space: true },
  HOURS_SAVED: { ja: '時間', en: 'h', space: false },
  ACTIVE_MEMBER_RATE: { ja: '%', en: '%', space: false },
};

/** 「120pt」「3件」「12.5時間」「45%」 (at most one decimal; the server rounds to two). */
export function formatChallengeValue(
  value: number,
  metric: ChallengeMetricValue,
  language: string,
): string {
  const english = language.startsWith('en');
  const unit = UNITS[metric];
  const number = new Intl.NumberFormat(english ? 'en' : 'ja', { maximumFractionDigits: 1 }).format(
    value,
  );
  if (english) return unit.space ? `${number} ${unit.en}` : `${number}${unit.en}`;
  return `${number}${unit.ja}`;
}

/** 0–100 for a progress bar (the server's progress is 0..1 and may exceed 1). */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress) || progress <= 0) return 0;
  return Math.min(100, Math.round(progress * 100));
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * Form days (YYYY-MM-DD, the last day included) to the API's instants (start at local midnight,
 * end exclusive = midnight after the last day). Empty days are null: the server then uses the
 * organization's current calendar month.
 */
export function toChallengePeriod(
  startDay: string,
  lastDay: string,
): { startsAt: string | null; endsAt: string | null } {
  const parse = (day: string): Date | null => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!match) return null;
    return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  };
  const start = parse(startDay);
  const last = parse(lastDay);
  const end = last ? new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1) : null;
  return { startsAt: start?.toISOString() ?? null, endsAt: end?.toISOString() ?? null };
}

/** The calendar month around `now`, as form days (first and last day). */
export function currentMonthDays(now: Date): { startDay: string; lastDay: string } {
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0);
  return { startDay: localDay(first), lastDay: localDay(last) };
}

/** 「2026/11/1 〜 11/30」: the period shown to people (the exclusive end minus a moment). */
export function formatChallengePeriod(startsAt: string, endsAt: string, language: string): string {
  const start = new Date(startsAt);
  const lastMoment = new Date(new Date(endsAt).getTime() - 1);
  const format = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
  return `${format.format(start)} – ${format.format(lastMoment)}`;
}

/**
 * The inverse of `toChallengePeriod` for the edit form: the local first day and the last day
 * included (the exclusive end minus a moment).
 */
export function toFormDays(
  startsAt: string,
  endsAt: string,
): { startDay: string; lastDay: string } {
  const lastMoment = new Date(new Date(endsAt).getTime() - 1);
  return { startDay: localDay(new Date(startsAt)), lastDay: localDay(lastMoment) };
}

/** The participating units' ids, read from the standings (one row per unit). */
export function participatingUnitIds(
  standings: readonly { team?: { id: string } | null; department?: { id: string } | null }[],
): string[] {
  return standings.flatMap((row) => {
    const id = row.team?.id ?? row.department?.id;
    return id ? [id] : [];
  });
}
