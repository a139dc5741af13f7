// Japanese-capable search tokens for an index the application fills itself, so SQLite (FTS5)
// and MySQL/MariaDB store exactly the same tokens and answer the same queries.
//
// Scheme. Text is normalized (NFKC, lowercase, hiragana → katakana). Runs of Japanese
// characters (kanji, kana, ー, 々) become overlapping bigrams plus the run's last character on
// its own: 議事録 → 議事 事録 録. Runs of other letters and digits become whole words:
// ChatGPT → chatgpt. Everything else (spaces, punctuation, symbols) separates runs.
//
// Queries use the same scheme and every query token must match (AND):
// - 議事録 → 議事 AND 事録 (exact tokens) finds 議事録要約テンプレート;
// - a one-character Japanese query 録 is a prefix token: it matches any token starting with
//   録. Indexing each run's last character is what makes every occurrence the start of some
//   token (録 at the end of 議事録 would otherwise sit only inside 事録);
// - Latin words and numbers are prefix tokens (chat finds ChatGPT), while the index keeps
//   whole words only, so it stays small and the engine's prefix query does the work.
import { mapText, originalRange, type MappedText } from './mapped-text';

/** Longer "words" (URLs, hashes, base64) are cut so a token always fits an index column. */
export const SEARCH_WORD_MAX_LENGTH = 64;

const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/gu;
const WHITESPACE_RUN = /\s+/gu;
// Japanese script characters plus the marks used inside words: ー (long vowel), 々 〆 〇 ヶ.
const JAPANESE =
  '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\u30fc\\u3005\\u3006\\u3007';
const JAPANESE_CHAR = new RegExp(`^[${JAPANESE}]$`, 'u');
const RUN = new RegExp(`[${JAPANESE}]+|(?:(?![${JAPANESE}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

// Hiragana and katakana are 0x60 apart; iteration marks ゝゞ map to ヽヾ the same way.
const toKatakana = (s: string): string =>
  s.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

const foldForSearch = (s: string): string => toKatakana(s.normalize('NFKC').toLowerCase());

/** NFKC, lowercase, hiragana → katakana (ぎじろく finds ギジロク), whitespace collapsed. */
export const normalizeForSearch = (s: string): string =>
  foldForSearch(s).replace(WHITESPACE_RUN, ' ').trim();

type Run = { text: string; japanese: boolean; index: number };

const runsOf = (normalized: string): Run[] =>
  [...normalized.matchAll(RUN)].map((m) => ({
    text: m[0],
    japanese: JAPANESE_CHAR.test(Array.from(m[0])[0] ?? ''),
    index: m.index ?? 0,
  }));

const cutWord = (word: string): string =>
  Array.from(word).slice(0, SEARCH_WORD_MAX_LENGTH).join('');

const bigrams = (chars: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
};

/** Distinct tokens to store for a text (title, body, tags …), in order of first appearance. */
export const indexTokens = (text: string): string[] => {
  const tokens = new Set<string>();
  for (const run of runsOf(normalizeForSearch(text))) {
    if (!run.japanese) {
      tokens.add(cutWord(run.text));
      continue;
    }
    const chars = Array.from(run.text);
    for (const gram of bigrams(chars)) tokens.add(gram);
    tokens.add(chars[chars.length - 1] ?? '');
  }
  tokens.delete('');
  return [...tokens];
};

/** One query token: `prefix` tokens match any index token that starts with `token`. */
export type QueryToken = { token: string; prefix: boolean };

/**
 * Tokens that must all match. Empty when the query has no letters, digits or Japanese
 * characters (the caller then returns no results rather than everything).
 */
export const queryTokens = (query: string): QueryToken[] => {
  const seen = new Set<string>();
  const out: QueryToken[] = [];
  const add = (token: string, prefix: boolean) => {
    const key = `${prefix ? '*' : '='}${token}`;
    if (token === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ token, prefix });
  };
  for (const run of runsOf(normalizeForSearch(query))) {
    if (!run.japanese) {
      add(cutWord(run.text), true);
      continue;
    }
    const chars = Array.from(run.text);
    if (chars.length === 1) add(chars[0] ?? '', true);
    else for (const gram of bigrams(chars)) add(gram, false);
  }
  return out;
};

// ---------------------------------------------------------------- snippets

export type Snippet = {
  /** Excerpt of the text, whitespace collapsed, with '…' where it was cut. */
  text: string;
  /** [start, end) ranges in `text` (UTF-16 offsets) to highlight, sorted and disjoint. */
  highlights: [number, number][];
};

const ELLIPSIS = '…';
// Share of the snippet shown before the first match, so the reader sees some lead-in.
const LEAD_IN_SHARE = 0.3;

const occurrences = (haystack: string, needle: string): number[] => {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
};

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** Ranges in the normalized text matching the query the way the index does. */
const matchRanges = (mapped: MappedText, query: string): [number, number][] => {
  const ranges: [number, number][] = [];
  const text = mapped.text;
  for (const run of runsOf(normalizeForSearch(query))) {
    if (!run.japanese) {
      // Prefix semantics: the word must start a word in the text (ai highlights AIツール,
      // not the "ai" inside "email").
      for (const at of occurrences(text, run.text)) {
        if (!isWordChar(text[at - 1]) || JAPANESE_CHAR.test(text[at - 1] ?? '')) {
          ranges.push([at, at + run.text.length]);
        }
      }
      continue;
    }
    const whole = occurrences(text, run.text);
    if (whole.length > 0) {
      for (const at of whole) ranges.push([at, at + run.text.length]);
      continue;
    }
    // The index matched the bigrams separately (事録 … 議事): highlight those.
    for (const gram of bigrams(Array.from(run.text))) {
      for (const at of occurrences(text, gram)) ranges.push([at, at + gram.length]);
    }
  }
  return ranges;
};

const mergeRanges = (ranges: [number, number][]): [number, number][] => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
};

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * An excerpt of at most `maxLength` characters (plus '…' at each cut end) around the first
 * match of `query` in `text`, with every match inside it marked. Without a match the excerpt is
 * the beginning of the text and `highlights` is empty.
 */
export const highlightSnippet = (text: string, query: string, maxLength = 120): Snippet => {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
  const display = text.replace(WHITESPACE_RUN, ' ').trim();
  const mapped = mapText(display, foldForSearch);
  const ranges = mergeRanges(
    matchRanges(mapped, query).map(([from, to]) => originalRange(mapped, from, to)),
  );

  const first = ranges[0];
  let start =
    first === undefined ? 0 : Math.max(0, first[0] - Math.floor(maxLength * LEAD_IN_SHARE));
  let end = Math.min(display.length, start + maxLength);
  start = Math.max(0, Math.min(start, end - maxLength));
  // Never cut a surrogate pair in half.
  if (start > 0 && isLowSurrogate(display.charCodeAt(start))) start += 1;
  if (end < display.length && isLowSurrogate(display.charCodeAt(end))) end -= 1;

  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < display.length ? ELLIPSIS : '';
  const shift = lead.length - start;
  const highlights: [number, number][] = [];
  for (const [s, e] of ranges) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to > from) highlights.push([from + shift, to + shift]);
  }
  return { text: `${lead}${display.slice(start, end)}${tail}`, highlights };
};
