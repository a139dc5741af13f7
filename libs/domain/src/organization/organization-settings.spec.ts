import {
  DEFAULT_ORGANIZATION_SETTINGS,
  slugify,
  validateFiscalYearStartMonth,
  validateLocale,
  validateOrganizationName,
  validateOrganizationSettings,
  validateOrganizationSlug,
  validateTimeZone,
} from './organization-settings';

const codes = (r: { ok: boolean; errors?: { code: string }[] }): string[] =>
  r.ok ? [] : (r.errors ?? []).map((e) => e.code);

describe('DEFAULT_ORGANIZATION_SETTINGS', () => {
  it('is Tokyo, April fiscal year, Japanese', () => {
    expect(DEFAULT_ORGANIZATION_SETTINGS).toEqual({
      timeZone: 'Asia/Tokyo',
      fiscalYearStartMonth: 4,
      locale: 'ja',
    });
  });
});

describe('validateTimeZone', () => {
  it.each([
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['America/New_York', 'America/New_York'],
    ['UTC', 'UTC'],
    [' Europe/Berlin ', 'Europe/Berlin'],
  ])('accepts %j as %s', (input, canonical) => {
    expect(validateTimeZone(input)).toEqual({ ok: true, value: canonical });
  });

  it.each(['', 'Mars/Olympus', '+09:00', 'Asia/Tokyo; DROP', 'GMT+9:00'])('rejects %j', (input) => {
    expect(codes(validateTimeZone(input))).toEqual(['timeZone.invalid']);
  });
});

describe('validateFiscalYearStartMonth', () => {
  it.each([1, 4, 12])('accepts %d', (n) => {
    expect(validateFiscalYearStartMonth(n)).toEqual({ ok: true, value: n });
  });

  it.each([0, 13, 4.5, Number.NaN, -1])('rejects %d', (n) => {
    expect(codes(validateFiscalYearStartMonth(n))).toEqual(['fiscalYearStartMonth.invalid']);
  });
});

describe('validateLocale', () => {
  it('accepts ja and en only', () => {
    expect(validateLocale('en')).toEqual({ ok: true, value: 'en' });
    expect(codes(validateLocale('fr'))).toEqual(['locale.invalid']);
  });
});

describe('validateOrganizationName', () => {
  it('normalizes and accepts a Japanese name', () => {
    expect(validateOrganizationName(' 株式会社　ちえのわ商事 ')).toEqual({
      ok: true,
      value: '株式会社 ちえのわ商事',
    });
  });

  it('requires a name and limits it to 100 characters', () => {
    expect(codes(validateOrganizationName('  '))).toEqual(['name.required']);
    expect(validateOrganizationName('𠮷'.repeat(100)).ok).toBe(true);
    expect(codes(validateOrganizationName('a'.repeat(101)))).toEqual(['name.tooLong']);
  });
});

describe('validateOrganizationSlug', () => {
  it.each(['demo', 'a', 'acme-corp', 'x1', 'a'.repeat(40)])('accepts %j', (slug) => {
    expect(validateOrganizationSlug(slug)).toEqual({ ok: true, value: slug });
  });

  it.each(['-demo', 'demo-', 'Demo', 'acme_corp', 'a'.repeat(41), 'ちえのわ', 'a b'])(
    'rejects %j',
    (slug) => {
      expect(codes(validateOrganizationSlug(slug))).toEqual(['slug.invalid']);
    },
  );

  it('requires a slug and refuses reserved ones', () => {
    expect(codes(validateOrganizationSlug(''))).toEqual(['slug.required']);
    expect(codes(validateOrganizationSlug('api'))).toEqual(['slug.reserved']);
  });
});

describe('slugify', () => {
  it('lowercases Latin names and joins words with hyphens', () => {
    expect(slugify('Acme Corporation, Inc.')).toBe('acme-corporation-inc');
    expect(slugify('Ｃｈｉｅｎｏｗａ Trading')).toBe('chienowa-trading');
    expect(slugify('Café Müller')).toBe('cafe-muller');
  });

  it('keeps only the Latin part of a mixed name', () => {
    expect(slugify('株式会社ABC')).toBe('abc');
  });

  it('returns an empty string for an all-Japanese name', () => {
    expect(slugify('株式会社ちえのわ商事')).toBe('');
  });

  it('produces a valid slug even for long names', () => {
    const slug = slugify(`${'word '.repeat(20)}end`);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(validateOrganizationSlug(slug).ok).toBe(true);
  });
});

describe('validateOrganizationSettings', () => {
  it('validates only the fields present and returns normalized values', () => {
    expect(validateOrganizationSettings({ timeZone: 'asia/tokyo', locale: 'en' })).toEqual({
      ok: true,
      value: { timeZone: 'Asia/Tokyo', locale: 'en' },
    });
    expect(validateOrganizationSettings({})).toEqual({ ok: true, value: {} });
  });

  it('collects every error', () => {
    const r = validateOrganizationSettings({
      name: '',
      timeZone: 'Nowhere/City',
      fiscalYearStartMonth: 13,
      locale: 'de',
    });
    expect(codes(r)).toEqual([
      'name.required',
      'timeZone.invalid',
      'fiscalYearStartMonth.invalid',
      'locale.invalid',
    ]);
  });
});
