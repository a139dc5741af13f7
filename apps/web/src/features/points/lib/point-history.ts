/** Pure helpers for the points history (no React): links, signs and the entry's headline. */

const SOURCE_PATHS: Record<string, string> = {
  knowledgePost: '/knowledge',
  template: '/templates',
  story: '/stories',
};

/** The page of the thing an entry was earned for, or null when it has no page (yet). */
export function sourcePath(sourceType: string, sourceId: string): string | null {
  const base = SOURCE_PATHS[sourceType];
  return base && sourceId ? `${base}/${encodeURIComponent(sourceId)}` : null;
}

// U+2212 MINUS SIGN, as the server writes it (「（取り消し）−5」).
const MINUS = '\u2212';

/** "+5", "−5", "+1,200" in the reader's number format. */
export function formatSignedPoints(points: number, language: string): string {
  const magnitude = new Intl.NumberFormat(language).format(Math.abs(points));
  return `${points < 0 ? MINUS : '+'}${magnitude}`;
}

export type HistoryEntryText = {
  description: string;
  points: number;
  reversesEntryId: string | null;
  reason: string | null;
};

/**
 * The server's description ends with the points and, for a reversal, a note with the reason:
 * 「鈴木さんがあなたのテンプレート『議事録要約』を使いました +5」,
 * 「…を使いました（取り消し：非公開にしました）−5」, "… (reversed: unpublished) −5".
 * The page shows points and the reversal as their own badges, so this returns the sentence
 * without them. Anything it does not recognize is returned unchanged.
 */
export function entryHeadline(entry: HistoryEntryText): string {
  let text = entry.description.trimEnd();
  const pointsSuffix = /\s?[+\u2212-][\d,]+$/.exec(text);
  if (pointsSuffix) text = text.slice(0, pointsSuffix.index);
  if (entry.reversesEntryId !== null) {
    const reason = entry.reason ?? '';
    const notes = [
      `（取り消し${reason ? `：${reason}` : ''}）`,
      ` (reversed${reason ? `: ${reason}` : ''})`,
    ];
    for (const note of notes) {
      if (text.endsWith(note)) {
        text = text.slice(0, -note.length);
        break;
      }
    }
  }
  return text.trim() || entry.description;
}

/** Date and time of an entry in the reader's language, e.g. 2026年11月23日(月) 14:05. */
export function formatOccurredAt(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: language.startsWith('ja') ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
