// A normalized copy of a text that remembers where each of its characters came from, so a match
// found in the normalized form (full-width folded, lowercased …) can be highlighted in the
// original. Offsets are UTF-16 code units, as editors and String#slice use them.

/** `text[i]` was produced by `original.slice(starts[i], ends[i])`. */
export type MappedText = { text: string; starts: number[]; ends: number[] };

// Characters that belong to the character before them: combining marks (including variation
// selectors) and the half-width voiced sound marks ﾞ ﾟ, which NFKC composes with ｶ → ガ.
const ATTACHES_TO_PREVIOUS = /^[\p{M}\uff9e\uff9f]$/u;
const ALL_WHITESPACE = /^\s+$/u;

/** Splits into clusters that normalize independently: a base character plus its marks. */
const clusters = (s: string): { start: number; end: number; text: string }[] => {
  const out: { start: number; end: number; text: string }[] = [];
  let index = 0;
  for (const ch of s) {
    const last = out[out.length - 1];
    if (last !== undefined && ATTACHES_TO_PREVIOUS.test(ch)) {
      last.end += ch.length;
      last.text += ch;
    } else {
      out.push({ start: index, end: index + ch.length, text: ch });
    }
    index += ch.length;
  }
  return out;
};

/**
 * Applies `transform` cluster by cluster and records the origin of every output code unit.
 * With `collapseWhitespace`, a whitespace run becomes one character: '\n' when the run holds a
 * line break (so line-based patterns keep working), else ' '.
 */
export const mapText = (
  original: string,
  transform: (cluster: string) => string,
  options: { collapseWhitespace?: boolean } = {},
): MappedText => {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const cluster of clusters(original)) {
    const out = transform(cluster.text);
    if (options.collapseWhitespace && ALL_WHITESPACE.test(out)) {
      const newline = cluster.text.includes('\n');
      const lastIndex = text.length - 1;
      const last = text[lastIndex];
      if (last === ' ' || last === '\n') {
        ends[lastIndex] = cluster.end;
        if (newline && last === ' ') text = `${text.slice(0, lastIndex)}\n`;
      } else {
        text += newline ? '\n' : ' ';
        starts.push(cluster.start);
        ends.push(cluster.end);
      }
      continue;
    }
    for (let i = 0; i < out.length; i += 1) {
      starts.push(cluster.start);
      ends.push(cluster.end);
    }
    text += out;
  }
  return { text, starts, ends };
};

/** The original range `[start, end)` behind the normalized range `[from, to)` (to > from). */
export const originalRange = (mapped: MappedText, from: number, to: number): [number, number] => {
  const start = mapped.starts[from];
  const end = mapped.ends[to - 1];
  if (start === undefined || end === undefined || to <= from) {
    throw new RangeError(`Range [${from}, ${to}) is outside the mapped text`);
  }
  return [start, end];
};
