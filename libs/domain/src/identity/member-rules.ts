import { isLocale, type Locale } from '../organization/organization-settings';
import {
  addMonths,
  compareCivilDates,
  formatCivilDate,
  isValidCivilDate,
  requireCivilDate,
  type CivilDate,
} from '../shared/civil-date';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';
import { isRole, sortRoles, type Role } from './roles';

export const DISPLAY_NAME_MAX_LENGTH = 100;
export const NAME_READING_MAX_LENGTH = 100;
export const EMPLOYEE_NUMBER_MAX_LENGTH = 32;
export const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;

// ---------------------------------------------------------------- email

/** NFKC (full-width → ASCII), trim, lowercase. */
export const normalizeEmail = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

// RFC 5322 dot-atom for the local part; quoted local parts are not worth supporting.
const EMAIL_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// Domain labels may be internationalized (例え.jp); hyphens only inside a label.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Practical email check; returns the normalized address. */
export const validateEmail = (s: string): Result<string> => {
  const email = normalizeEmail(s);
  if (email.length === 0) {
    return fail([fieldError('email', 'email.required', 'Enter an email address.')]);
  }
  if (codePointLength(email) > EMAIL_MAX_LENGTH) {
    return fail([
      fieldError(
        'email',
        'email.tooLong',
        `The email address must be at most ${EMAIL_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  const invalid = fail<string>([
    fieldError('email', 'email.invalid', 'Enter a valid email address, such as name@example.com.'),
  ]);
  const parts = email.split('@');
  if (parts.length !== 2 || /\s/u.test(email)) return invalid;
  const [local, domain] = parts;
  if (local.length === 0 || local.length > EMAIL_LOCAL_MAX_LENGTH || !EMAIL_LOCAL.test(local)) {
    return invalid;
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return invalid;
  if (/^\d+$/.test(labels[labels.length - 1])) return invalid;
  return ok(email);
};

// ---------------------------------------------------------------- names

const CONTROL_CHARACTERS = /\p{Cc}|\p{Cf}/u;

export const validateDisplayName = (s: string): Result<string> => {
  const name = normalizeText(s);
  if (name.length === 0) {
    return fail([fieldError('displayName', 'displayName.required', 'Enter a name.')]);
  }
  if (codePointLength(name) > DISPLAY_NAME_MAX_LENGTH) {
    return fail([
      fieldError(
        'displayName',
        'displayName.tooLong',
        `The name must be at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  if (CONTROL_CHARACTERS.test(name)) {
    return fail([
      fieldError(
        'displayName',
        'displayName.invalid',
        'The name contains invisible control characters.',
      ),
    ]);
  }
  return ok(name);
};

const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/gu;
const HIRAGANA_TO_KATAKANA_OFFSET = 0x60;

/**
 * Furigana as stored for 五十音 sorting: NFKC (half-width → full-width katakana),
 * hiragana → katakana, whitespace collapsed.
 */
export const normalizeNameReading = (s: string): string =>
  normalizeText(s)
    .replace(HIRAGANA, (c) => String.fromCodePoint(c.codePointAt(0)! + HIRAGANA_TO_KATAKANA_OFFSET))
    .replace(/[\u00b7\u2027]/gu, '・')
    .replace(/\u2019/gu, "'");

// Katakana (ー and ・ are script Common, so listed), romanized readings, and a few separators.
const NAME_READING_CHARS = /^[\p{Script=Katakana}\p{Script=Latin}ー・ '-]+$/u;
const NAME_READING_LETTER = /[\p{Script=Katakana}\p{Script=Latin}]/u;

export const validateNameReading = (s: string): Result<string> => {
  const reading = normalizeNameReading(s);
  if (reading.length === 0) {
    return fail([
      fieldError(
        'nameReading',
        'nameReading.required',
        'Enter the reading of the name (furigana).',
      ),
    ]);
  }
  if (codePointLength(reading) > NAME_READING_MAX_LENGTH) {
    return fail([
      fieldError(
        'nameReading',
        'nameReading.tooLong',
        `The reading must be at most ${NAME_READING_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  if (!NAME_READING_CHARS.test(reading) || !NAME_READING_LETTER.test(reading)) {
    return fail([
      fieldError(
        'nameReading',
        'nameReading.invalid',
        'Write the reading in katakana, hiragana or Latin letters (no kanji, digits or symbols).',
      ),
    ]);
  }
  return ok(reading);
};

// ---------------------------------------------------------------- employee number

const EMPLOYEE_NUMBER = /^[A-Za-z0-9_-]+$/;

/** Optional 社員番号: blank → null; full-width characters become half-width. */
export const validateEmployeeNumber = (s: string | null | undefined): Result<string | null> => {
  const value = (s ?? '').normalize('NFKC').trim();
  if (value.length === 0) return ok(null);
  if (value.length > EMPLOYEE_NUMBER_MAX_LENGTH) {
    return fail([
      fieldError(
        'employeeNumber',
        'employeeNumber.tooLong',
        `The employee number must be at most ${EMPLOYEE_NUMBER_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  if (!EMPLOYEE_NUMBER.test(value)) {
    return fail([
      fieldError(
        'employeeNumber',
        'employeeNumber.invalid',
        'The employee number may contain only letters, digits, "-" and "_".',
      ),
    ]);
  }
  return ok(value);
};

// ---------------------------------------------------------------- joined date

type Era = { names: readonly string[]; label: string; start: CivilDate; end: CivilDate };

// Gregorian year = start.year + eraYear - 1; `end` is the era's last day.
const ERAS: readonly Era[] = [
  {
    names: ['令和', 'r'],
    label: '令和 (Reiwa)',
    start: { year: 2019, month: 5, day: 1 },
    end: { year: 9999, month: 12, day: 31 },
  },
  {
    names: ['平成', 'h'],
    label: '平成 (Heisei)',
    start: { year: 1989, month: 1, day: 8 },
    end: { year: 2019, month: 4, day: 30 },
  },
  {
    names: ['昭和', 's'],
    label: '昭和 (Showa)',
    start: { year: 1926, month: 12, day: 25 },
    end: { year: 1989, month: 1, day: 7 },
  },
];

const SEPARATED_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const KANJI_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ERA_DATE = /^(令和|平成|昭和|[rhs])(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/;
// Spreadsheet exports sometimes append a midnight time to dates.
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const EARLIEST_JOINED_DATE: CivilDate = { year: 1900, month: 1, day: 1 };

const joinedError = (code: string, message: string): Result<string> =>
  fail([fieldError('joinedOn', code, message)]);

/**
 * Parses an 入社日 in the formats HR files use (2024-04-01, 2024/4/1, 2024.4.1, 20240401,
 * 2024年4月1日, 令和6年4月1日, R6.4.1, 平成31年4月1日, H31.4.1, 昭和…) into 'YYYY-MM-DD'.
 * Accepts dates from 1900-01-01 to one year after `today` (an ISO date).
 */
export const parseJoinedDate = (input: string, today: string): Result<string> => {
  const todayDate = requireCivilDate(today, 'today');
  const s = input
    .normalize('NFKC')
    .trim()
    .replace(TRAILING_TIME, '')
    .replace(/\s+/gu, '')
    .toLowerCase();
  if (s.length === 0) return joinedError('joinedOn.required', 'Enter the joining date.');

  let date: CivilDate | null = null;
  const western = SEPARATED_DATE.exec(s) ?? KANJI_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (western) {
    const numbers = western
      .slice(1)
      .filter((part) => /^\d+$/.test(part))
      .map(Number);
    date = { year: numbers[0], month: numbers[1], day: numbers[2] };
  } else {
    const eraMatch = ERA_DATE.exec(s);
    if (!eraMatch) {
      return joinedError(
        'joinedOn.invalid',
        'Write the date as YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or a Japanese era date such as 令和6年4月1日 or R6.4.1.',
      );
    }
    const era = ERAS.find((e) => e.names.includes(eraMatch[1]))!;
    const eraYear = eraMatch[2] === '元' ? 1 : Number(eraMatch[2]);
    date = {
      year: era.start.year + eraYear - 1,
      month: Number(eraMatch[3]),
      day: Number(eraMatch[4]),
    };
    if (eraYear < 1 || !isValidCivilDate(date.year, date.month, date.day)) {
      return joinedError('joinedOn.invalidDate', 'This date does not exist.');
    }
    if (compareCivilDates(date, era.start) < 0 || compareCivilDates(date, era.end) > 0) {
      return joinedError(
        'joinedOn.invalidEra',
        `This date is outside the ${era.label} era (${formatCivilDate(era.start)} to ${
          era.end.year === 9999 ? 'now' : formatCivilDate(era.end)
        }).`,
      );
    }
  }

  if (!isValidCivilDate(date.year, date.month, date.day)) {
    return joinedError('joinedOn.invalidDate', 'This date does not exist.');
  }
  if (compareCivilDates(date, EARLIEST_JOINED_DATE) < 0) {
    return joinedError('joinedOn.tooEarly', 'The joining date must be in 1900 or later.');
  }
  if (compareCivilDates(date, addMonths(todayDate, 12)) > 0) {
    return joinedError(
      'joinedOn.tooLate',
      'The joining date must be at most one year in the future.',
    );
  }
  return ok(formatCivilDate(date));
};

// ---------------------------------------------------------------- whole member form

export type MemberInputDraft = {
  email: string;
  displayName: string;
  nameReading: string;
  employeeNumber?: string | null;
  /** Role values as submitted; anything but a Role is reported as `roles.invalid`. */
  roles: readonly string[];
  joinedOn?: string | null;
  locale?: string | null;
};

export type ValidMemberInput = {
  email: string;
  displayName: string;
  nameReading: string;
  employeeNumber: string | null;
  /** Deduplicated, in ROLES order. */
  roles: Role[];
  joinedOn: string | null;
  /** null: follow the organization's locale. */
  locale: Locale | null;
};

const collect = <T>(result: Result<T>, errors: FieldError[]): T | undefined => {
  if (result.ok) return result.value;
  errors.push(...result.errors);
  return undefined;
};

/** Validates a create/update member form, collecting every field error. */
export const validateMemberInput = (
  input: MemberInputDraft,
  opts: { today: string },
): Result<ValidMemberInput> => {
  const errors: FieldError[] = [];
  const email = collect(validateEmail(input.email), errors);
  const displayName = collect(validateDisplayName(input.displayName), errors);
  const nameReading = collect(validateNameReading(input.nameReading), errors);
  const employeeNumber = collect(validateEmployeeNumber(input.employeeNumber), errors);

  let roles: Role[] = [];
  const unknownRoles = input.roles.filter((role) => !isRole(role));
  if (input.roles.length === 0) {
    errors.push(fieldError('roles', 'roles.required', 'Choose at least one role.'));
  } else if (unknownRoles.length > 0) {
    errors.push(fieldError('roles', 'roles.invalid', `Unknown role: ${unknownRoles.join(', ')}.`));
  } else {
    roles = sortRoles(input.roles.filter(isRole));
  }

  const joinedText = input.joinedOn?.trim() ?? '';
  const joinedOn =
    joinedText === '' ? null : collect(parseJoinedDate(joinedText, opts.today), errors);

  let locale: Locale | null = null;
  if (input.locale !== undefined && input.locale !== null && input.locale !== '') {
    if (isLocale(input.locale)) locale = input.locale;
    else errors.push(fieldError('locale', 'locale.invalid', 'The language must be "ja" or "en".'));
  }

  if (errors.length > 0) return fail(errors);
  return ok({
    email: email!,
    displayName: displayName!,
    nameReading: nameReading!,
    employeeNumber: employeeNumber ?? null,
    roles,
    joinedOn: joinedOn ?? null,
    locale,
  });
};

// ---------------------------------------------------------------- ordering

const readingCollator = new Intl.Collator('ja');

/** 五十音順 by reading, for Array.prototype.sort. */
export const compareByReading = (a: { nameReading: string }, b: { nameReading: string }): number =>
  readingCollator.compare(a.nameReading, b.nameReading);
