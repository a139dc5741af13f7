/** The bell's badge: a live notification adds one unless it arrived already read. */
export function nextUnreadCount(
  current: number | null | undefined,
  added: { read: boolean },
): number {
  return Math.max(0, current ?? 0) + (added.read ? 0 : 1);
}

/** 99+ keeps the badge small. */
export function formatUnreadCount(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}
