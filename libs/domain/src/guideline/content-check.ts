// Pre-publish content check (公開前チェック): flags data the guideline says must never be
// published, so the editor can highlight it and the author edits or explicitly confirms.
// Detectors run on a normalized copy (NFKC, lowercase, whitespace runs collapsed) so
// full-width input (０３－１２３４－５６７８, ｔａｒｏ＠…) is caught too; every flag is mapped
// back to UTF-16 offsets of the ORIGINAL text.
//
// False positives cost an author a click, misses leak data; still, numbers are everywhere in
// business text, so number detectors require structure and check digits: dates, amounts
// (1,234,567円), version strings and order numbers without a valid check digit are not flagged.
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';
import { mapText, originalRange, type MappedText } from '../search/mapped-text';

export const CONTENT_FLAG_KINDS = [
  'bannedTerm',
  'email',
  'phone',
  'myNumber',
  'creditCard',
] as const;
export type ContentFlagKind = (typeof CONTENT_FLAG_KINDS)[number];

export type ContentFlag = {
  kind: ContentFlagKind;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The flagged text exactly as written. */
  match: string;
  message: { ja: string; en: string };
};

export type ContentCheckOptions = { bannedTerms: readonly string[] };

const MESSAGES: Record<Exclude<ContentFlagKind, 'bannedTerm'>, { ja: string; en: string }> = {
  email: {
    ja: 'メールアドレスのようです。個人情報は公開しないでください。',
    en: 'This looks like an email address. Do not publish personal data.',
  },
  phone: {
    ja: '電話番号のようです。個人情報は公開しないでください。',
    en: 'This looks like a phone number. Do not publish personal data.',
  },
  myNumber: {
    ja: 'マイナンバー（個人番号）のようです。絶対に入力・公開しないでください。',
    en: 'This looks like a My Number (individual number). Never enter or publish it.',
  },
  creditCard: {
    ja: 'クレジットカード番号のようです。絶対に入力・公開しないでください。',
    en: 'This looks like a credit card number. Never enter or publish it.',
  },
};

const bannedTermMessage = (term: string): { ja: string; en: string } => ({
  ja: `禁止語「${term}」が含まれています。削除するか、問題がないことを確認してください。`,
  en: `Contains the banned term "${term}". Remove it or confirm that it is fine.`,
});

// ---------------------------------------------------------------- normalization

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

const normalizedView = (text: string): MappedText =>
  mapText(text, fold, { collapseWhitespace: true });

// ---------------------------------------------------------------- banned terms

const ASCII_ALNUM = /^[a-z0-9]$/;

export const BANNED_TERMS_MAX_COUNT = 500;
export const BANNED_TERM_MAX_LENGTH = 100;

/**
 * Cleans an admin's banned-term list: trimmed (NFKC, whitespace collapsed), empty lines
 * dropped, duplicates (same after folding width and case) removed, count and length capped.
 */
export const validateBannedTerms = (terms: readonly string[]): Result<string[]> => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out: string[] = [];
  terms.forEach((raw, i) => {
    const term = normalizeText(raw);
    if (term === '') return;
    if (codePointLength(term) > BANNED_TERM_MAX_LENGTH) {
      errors.push(
        fieldError(
          `bannedTerms.${i}`,
          'bannedTerms.tooLong',
          `A banned term must be at most ${BANNED_TERM_MAX_LENGTH} characters.`,
        ),
      );
      return;
    }
    const key = term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(term);
  });
  if (out.length > BANNED_TERMS_MAX_COUNT) {
    errors.push(
      fieldError(
        'bannedTerms',
        'bannedTerms.tooMany',
        `Define at most ${BANNED_TERMS_MAX_COUNT} banned terms.`,
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(out);
};

type Range = { from: number; to: number };

/**
 * Case- and width-insensitive substring search. A term that starts or ends with a Latin letter
 * or digit must also start or end a word (banned "AI" does not flag "mail"); Japanese terms
 * match anywhere, since Japanese has no spaces between words. Longer terms win where terms
 * overlap (田中商事 over 田中).
 */
const findBannedTerms = (
  view: MappedText,
  terms: readonly string[],
): (Range & { term: string })[] => {
  const prepared = terms
    .map((term) => ({ term: normalizeText(term), needle: normalizedView(term).text.trim() }))
    .filter(({ needle }) => needle !== '')
    .sort((a, b) => b.needle.length - a.needle.length);
  const found: (Range & { term: string })[] = [];
  // A term may wrap onto the next line: a line break matches a space (same length, same offsets).
  const text = view.text.replace(/\n/g, ' ');
  // Characters already inside a (longer) flagged term; linear even for thousands of matches.
  const taken = new Uint8Array(text.length);
  const covered = (from: number, to: number) => taken.subarray(from, to).every((x) => x === 1);
  for (const { term, needle } of prepared) {
    const checkStart = ASCII_ALNUM.test(needle[0] ?? '');
    const checkEnd = ASCII_ALNUM.test(needle[needle.length - 1] ?? '');
    let at = text.indexOf(needle);
    while (at !== -1) {
      const to = at + needle.length;
      const boundedStart = !checkStart || !ASCII_ALNUM.test(text[at - 1] ?? '');
      const boundedEnd = !checkEnd || !ASCII_ALNUM.test(text[to] ?? '');
      if (boundedStart && boundedEnd && !covered(at, to)) {
        found.push({ from: at, to, term });
        taken.fill(1, at, to);
        at = text.indexOf(needle, to);
      } else {
        at = text.indexOf(needle, at + 1);
      }
    }
  }
  return found;
};

// ---------------------------------------------------------------- email

// Practical address shape; the top-level domain must be letters, which rules out versions
// (pkg@1.2.3). Image names such as icon@2x.png look like addresses and are skipped.
const EMAIL =
  /(?<![a-z0-9._%+-])[a-z0-9_](?:[a-z0-9._%+-]*[a-z0-9_%+-])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24})(?![a-z0-9-])/g;
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'pdf']);

const findEmails = (text: string): Range[] =>
  [...text.matchAll(EMAIL)]
    .filter((m) => !FILE_EXTENSIONS.has(m[1] ?? ''))
    .map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));

// ---------------------------------------------------------------- numbers

// Digit-group separators as written in Japanese text: hyphens and dashes of every width
// (full-width ones are ASCII after NFKC), the minus sign, ー, and a space.
const SEP = '[\\- \\u2010-\\u2015\\u2212\\u30fc]';
const OPTIONAL_SEP = `${SEP}?`;
// A number must stand alone: not glued to letters, other digits, an ID prefix (ABC-…) or
// a decimal or amount (1,234…, 3.14…). Slashes and Japanese punctuation before it are fine:
// 山田／090-1234-5678 is a phone number.
const NUMBER_START = `(?<![0-9a-z_@+\\-])(?<![0-9]${SEP})(?<![0-9a-z][.,])`;
const NUMBER_END = `(?![0-9])(?!${SEP}[0-9])(?![.,][0-9])`;

const digitsOf = (s: string): string => s.replace(/[^0-9]/g, '');

// 0X-XXXX-XXXX, 03(1234)5678, (03)1234-5678, 09012345678, +81 90-1234-5678, +81(0)3-…
const GROUP = '(?:\\(\\d{1,4}\\)|\\d{1,4})';
const PHONE = new RegExp(
  `${NUMBER_START}(?:\\+81${OPTIONAL_SEP}(?:\\(0\\)${OPTIONAL_SEP})?${GROUP}|\\(0\\d{1,4}\\)|0\\d{1,4})` +
    `${OPTIONAL_SEP}(?:${GROUP}${OPTIONAL_SEP})?\\d{3,4}${NUMBER_END}`,
  'g',
);

/**
 * Whether the digits (national form, leading 0) are a Japanese number: mobile 070/080/090 and
 * IP 050 (11 digits), free dial 0120 (10) and 0800 (11), and fixed lines including navi dial
 * 0570 (10 digits, second digit 1–9).
 */
export const isJapanesePhoneNumber = (national: string): boolean =>
  /^0[5789]0\d{8}$/.test(national) ||
  /^0800\d{7}$/.test(national) ||
  /^0(?![5789]0)[1-9]\d{8}$/.test(national);

const phoneNational = (match: string): string => {
  if (!match.startsWith('+81')) return digitsOf(match);
  const rest = digitsOf(match.slice(3).replace('(0)', ''));
  return rest.startsWith('0') ? rest : `0${rest}`;
};

const findPhones = (text: string): Range[] =>
  [...text.matchAll(PHONE)]
    .filter((m) => isJapanesePhoneNumber(phoneNational(m[0])))
    .map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));

// マイナンバー: 12 digits, plain or in groups of four as printed on the card.
const MY_NUMBER = new RegExp(
  `${NUMBER_START}\\d{4}${OPTIONAL_SEP}\\d{4}${OPTIONAL_SEP}\\d{4}${NUMBER_END}`,
  'g',
);

/**
 * The official check digit of a 12-digit individual number: with Qn the n-th of the first
 * eleven digits counted from the right and Pn = n + 1 (n ≤ 6) or n − 5 (n ≥ 7),
 * check = 11 − (Σ Pn·Qn mod 11), or 0 when the remainder is 0 or 1.
 */
export const isValidMyNumber = (digits: string): boolean => {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    const q = Number(digits[11 - n]);
    const p = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === Number(digits[11]);
};

const findMyNumbers = (text: string): Range[] =>
  [...text.matchAll(MY_NUMBER)]
    .filter((m) => isValidMyNumber(digitsOf(m[0])))
    .map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));

// Card numbers: 13–19 digits, plain or grouped (4-4-4-4, Amex 4-6-5, Diners 4-6-4).
const CARD = new RegExp(`${NUMBER_START}\\d(?:${OPTIONAL_SEP}\\d){12,18}${NUMBER_END}`, 'g');
const SEP_RUN = new RegExp(`${SEP}`, 'g');

/** Luhn (mod 10) over a digit string. */
export const passesLuhn = (digits: string): boolean => {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

/**
 * Luhn alone passes one random number in ten, so a card also needs a major-network first digit
 * (2–6: Mastercard, Amex/JCB/Diners, Visa, Mastercard, Discover/UnionPay) and, when grouped,
 * groups of 3–6 digits like a printed card.
 */
const isCardLike = (match: string): boolean => {
  const digits = digitsOf(match);
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits)) return false;
  const groups = match.split(SEP_RUN);
  if (groups.length > 1 && !groups.every((g) => g.length >= 3 && g.length <= 6)) return false;
  return passesLuhn(digits);
};

const findCards = (text: string): Range[] =>
  [...text.matchAll(CARD)]
    .filter((m) => isCardLike(m[0]))
    .map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));

// ---------------------------------------------------------------- public API

/**
 * Flags in the text, sorted by position. `bannedTerms` are the organization's terms as
 * entered by the admin (see validateBannedTerms); they match regardless of width and case.
 */
export const checkContent = (text: string, options: ContentCheckOptions): ContentFlag[] => {
  const view = normalizedView(text);
  const flags: ContentFlag[] = [];
  const push = (kind: ContentFlagKind, range: Range, message: { ja: string; en: string }) => {
    const [start, end] = originalRange(view, range.from, range.to);
    flags.push({ kind, start, end, match: text.slice(start, end), message });
  };
  for (const r of findBannedTerms(view, options.bannedTerms)) {
    push('bannedTerm', r, bannedTermMessage(r.term));
  }
  for (const r of findEmails(view.text)) push('email', r, MESSAGES.email);
  for (const r of findPhones(view.text)) push('phone', r, MESSAGES.phone);
  for (const r of findMyNumbers(view.text)) push('myNumber', r, MESSAGES.myNumber);
  for (const r of findCards(view.text)) push('creditCard', r, MESSAGES.creditCard);
  const order = (kind: ContentFlagKind) => CONTENT_FLAG_KINDS.indexOf(kind);
  return flags.sort((a, b) => a.start - b.start || a.end - b.end || order(a.kind) - order(b.kind));
};
