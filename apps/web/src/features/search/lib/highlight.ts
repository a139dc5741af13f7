export type Highlight = { start: number; end: number };
export type TextSegment = { text: string; marked: boolean };

/**
 * Splits text into plain and highlighted parts from UTF-16 offsets (as the search API returns
 * them). Offsets outside the text are clamped, empty ranges dropped, overlapping or touching
 * ranges merged; the parts always join back to the original text.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const ranges = highlights
    .map(({ start, end }) => ({
      start: Math.max(0, Math.min(text.length, Math.floor(start))),
      end: Math.max(0, Math.min(text.length, Math.floor(end))),
    }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const segments: TextSegment[] = [];
  let position = 0;
  for (const { start, end } of merged) {
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
