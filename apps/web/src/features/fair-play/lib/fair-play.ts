/** Fair-play report helpers: the default period and how evidence is worded. */

const pad = (n: number) => String(n).padStart(2, '0');
const day = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The last 30 days up to today (local days, both included). */
export function defaultReportRange(now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 29);
  return { from: day(from), to: day(now) };
}

/** 0.834 → 「83%」. */
export function formatShare(share: number): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}

/** Whether a group still has something to reverse (the button is hidden otherwise). */
export function canReverse(group: { pendingPoints: number; alreadyReversed: boolean }): boolean {
  return !group.alreadyReversed && group.pendingPoints > 0;
}

/** 「佐藤 → 鈴木 → 田中 → 佐藤」: a circle's members in order, closing the loop. */
export function circleLabel(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 2) return `${names[0]} ⇄ ${names[1]}`;
  return [...names, names[0]].join(' → ');
}
