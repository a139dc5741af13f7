import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export type OrganizationSettings = {
  timeZone: string;
  fiscalYearStartMonth: number;
  locale: Locale;
};

export const DEFAULT_ORGANIZATION_SETTINGS: Readonly<OrganizationSettings> = {
  timeZone: 'Asia/Tokyo',
  fiscalYearStartMonth: 4,
  locale: 'ja',
};

export const ORGANIZATION_NAME_MAX_LENGTH = 100;
export const ORGANIZATION_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

// Slugs end up in URLs and host names next to the app's own routes.
export const RESERVED_ORGANIZATION_SLUGS: readonly string[] = [
  'admin',
  'api',
  'app',
  'assets',
  'auth',
  'graphql',
  'health',
  'login',
  'logout',
  'static',
  'www',
];

// Offset strings such as "+09:00" are not IANA zones; reject them before asking Intl.
const TIME_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** IANA time zone → its canonical name (`asia/tokyo` → `Asia/Tokyo`). */
export const validateTimeZone = (tz: string): Result<string> => {
  const trimmed = tz.trim();
  const invalid = fail<string>([
    fieldError('timeZone', 'timeZone.invalid', 'Choose an IANA time zone such as Asia/Tokyo.'),
  ]);
  if (!TIME_ZONE_SHAPE.test(trimmed)) return invalid;
  try {
    return ok(new Intl.DateTimeFormat(undefined, { timeZone: trimmed }).resolvedOptions().timeZone);
  } catch (error) {
    if (error instanceof RangeError) return invalid;
    throw error;
  }
};

export const validateFiscalYearStartMonth = (n: number): Result<number> =>
  Number.isInteger(n) && n >= 1 && n <= 12
    ? ok(n)
    : fail([
        fieldError(
          'fiscalYearStartMonth',
          'fiscalYearStartMonth.invalid',
          'The fiscal year start month must be a whole number from 1 to 12.',
        ),
      ]);

export const validateLocale = (value: string): Result<Locale> =>
  isLocale(value)
    ? ok(value)
    : fail([fieldError('locale', 'locale.invalid', 'The language must be "ja" or "en".')]);

export const validateOrganizationName = (s: string): Result<string> => {
  const name = normalizeText(s);
  if (name.length === 0) {
    return fail([fieldError('name', 'name.required', 'Enter the organization name.')]);
  }
  if (codePointLength(name) > ORGANIZATION_NAME_MAX_LENGTH) {
    return fail([
      fieldError(
        'name',
        'name.tooLong',
        `The organization name must be at most ${ORGANIZATION_NAME_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  return ok(name);
};

export const validateOrganizationSlug = (s: string): Result<string> => {
  const slug = s.trim();
  if (slug.length === 0) {
    return fail([fieldError('slug', 'slug.required', 'Enter a URL name (slug).')]);
  }
  if (!ORGANIZATION_SLUG_PATTERN.test(slug)) {
    return fail([
      fieldError(
        'slug',
        'slug.invalid',
        'Use 1–40 lowercase letters, digits or hyphens, starting and ending with a letter or digit.',
      ),
    ]);
  }
  if (RESERVED_ORGANIZATION_SLUGS.includes(slug)) {
    return fail([fieldError('slug', 'slug.reserved', `"${slug}" is reserved; choose another.`)]);
  }
  return ok(slug);
};

/**
 * Suggests a slug from the Latin letters and digits of a name. Returns '' when the name has
 * none (an all-Japanese name), so the caller must ask for a slug.
 */
export const slugify = (name: string): string =>
  name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

export type OrganizationSettingsPatch = {
  name?: string;
  timeZone?: string;
  fiscalYearStartMonth?: number;
  locale?: string;
};

export type ValidOrganizationSettingsPatch = Partial<OrganizationSettings> & { name?: string };

/** Validates the fields present in a settings update, collecting every error. */
export const validateOrganizationSettings = (
  patch: OrganizationSettingsPatch,
): Result<ValidOrganizationSettingsPatch> => {
  const errors: FieldError[] = [];
  const value: ValidOrganizationSettingsPatch = {};
  if (patch.name !== undefined) {
    const r = validateOrganizationName(patch.name);
    if (r.ok) value.name = r.value;
    else errors.push(...r.errors);
  }
  if (patch.timeZone !== undefined) {
    const r = validateTimeZone(patch.timeZone);
    if (r.ok) value.timeZone = r.value;
    else errors.push(...r.errors);
  }
  if (patch.fiscalYearStartMonth !== undefined) {
    const r = validateFiscalYearStartMonth(patch.fiscalYearStartMonth);
    if (r.ok) value.fiscalYearStartMonth = r.value;
    else errors.push(...r.errors);
  }
  if (patch.locale !== undefined) {
    const r = validateLocale(patch.locale);
    if (r.ok) value.locale = r.value;
    else errors.push(...r.errors);
  }
  return errors.length > 0 ? fail(errors) : ok(value);
};
