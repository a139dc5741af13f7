// Inner whitespace runs (NFKC already turns the full-width space U+3000 into U+0020).
const WHITESPACE_RUN = /\s+/gu;

/** NFKC, trim, and collapse inner whitespace runs (full-width space included) to one space. */
export const normalizeText = (s: string): string =>
  s.normalize('NFKC').replace(WHITESPACE_RUN, ' ').trim();

/** Length in Unicode code points, so 𠮷 (a surrogate pair) counts as one character. */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
};
