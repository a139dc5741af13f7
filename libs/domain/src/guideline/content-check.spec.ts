import {
  checkContent,
  isJapanesePhoneNumber,
  isValidMyNumber,
  passesLuhn,
  validateBannedTerms,
  type ContentFlagKind,
} from './content-check';

const none = { bannedTerms: [] as string[] };
const flagsOf = (text: string, kind: ContentFlagKind, bannedTerms: string[] = []) =>
  checkContent(text, { bannedTerms })
    .filter((f) => f.kind === kind)
    .map((f) => f.match);

describe('checkContent: banned terms', () => {
  const terms = ['株式会社アクメ', 'Project Falcon', 'AI'];

  it('finds terms regardless of width and case, reporting original offsets', () => {
    const text = '先週ＰＲＯＪＥＣＴ　ＦＡＬＣＯＮの件で株式会社ｱｸﾒに伺いました';
    const flags = checkContent(text, { bannedTerms: terms });
    expect(flags.map((f) => [f.kind, f.match])).toEqual([
      ['bannedTerm', 'ＰＲＯＪＥＣＴ　ＦＡＬＣＯＮ'],
      ['bannedTerm', '株式会社ｱｸﾒ'],
    ]);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(flags[0]?.message.ja).toContain('禁止語「Project Falcon」');
    expect(flags[0]?.message.en).toBe(
      'Contains the banned term "Project Falcon". Remove it or confirm that it is fine.',
    );
  });

  it('matches through extra whitespace and line breaks', () => {
    expect(flagsOf('the project   falcon plan', 'bannedTerm', terms)).toEqual(['project   falcon']);
    expect(flagsOf('the Project\r\n  Falcon plan', 'bannedTerm', terms)).toEqual([
      'Project\r\n  Falcon',
    ]);
  });

  it('requires word boundaries for Latin terms but not for Japanese ones', () => {
    expect(flagsOf('Send me an email or use AI tools; 生成AIも', 'bannedTerm', terms)).toEqual([
      'AI',
      'AI',
    ]);
    expect(flagsOf('mail, MAIL, aid', 'bannedTerm', terms)).toEqual([]);
    expect(flagsOf('アクメ株式会社アクメ', 'bannedTerm', ['アクメ'])).toEqual(['アクメ', 'アクメ']);
  });

  it('prefers the longer of overlapping terms', () => {
    expect(flagsOf('田中商事の田中さん', 'bannedTerm', ['田中', '田中商事'])).toEqual([
      '田中商事',
      '田中',
    ]);
  });

  it('ignores blank terms and finds nothing without terms', () => {
    expect(checkContent('何でもない文章', { bannedTerms: ['', '   '] })).toEqual([]);
  });
});

describe('checkContent: email addresses', () => {
  it.each([
    ['連絡先はtaro.yamada@example.co.jpまで', 'taro.yamada@example.co.jp'],
    ['mail: hanako+ai@sub.example.com.', 'hanako+ai@sub.example.com'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ宛て', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['<A_B@Example.ORG>', 'A_B@Example.ORG'],
  ])('flags %s', (text, match) => {
    expect(flagsOf(text, 'email')).toEqual([match]);
  });

  it.each([
    'npm i chienowa@1.2.3',
    'icon@2x.png を使う',
    '@channel 連絡です',
    'user@localhost',
    'メールは後で送ります',
  ])('does not flag %s', (text) => {
    expect(flagsOf(text, 'email')).toEqual([]);
  });
});

describe('checkContent: Japanese phone numbers', () => {
  it.each([
    ['TEL 03-1234-5678', '03-1234-5678'],
    ['045-123-4567', '045-123-4567'],
    ['0299-12-3456', '0299-12-3456'],
    ['(03)1234-5678', '(03)1234-5678'],
    ['03(1234)5678', '03(1234)5678'],
    ['携帯は090-1234-5678です', '090-1234-5678'],
    ['080 1234 5678', '080 1234 5678'],
    ['07012345678', '07012345678'],
    ['050-1234-5678', '050-1234-5678'],
    ['0120-123-456', '0120-123-456'],
    ['0800-123-4567', '0800-123-4567'],
    ['0570-000-123', '0570-000-123'],
    ['+81-3-1234-5678', '+81-3-1234-5678'],
    ['+81 90 1234 5678', '+81 90 1234 5678'],
    ['+81(0)3-1234-5678', '+81(0)3-1234-5678'],
    ['電話：０３－１２３４－５６７８', '０３－１２３４－５６７８'],
    ['０９０ー１２３４ー５６７８', '０９０ー１２３４ー５６７８'],
  ])('flags %s', (text, match) => {
    expect(flagsOf(text, 'phone')).toEqual([match]);
  });

  it.each([
    '2026-11-23 に開催',
    '〒100-0001 東京都',
    '〒060-0001 札幌市',
    '売上は1,234,567円',
    'version 0.12.3456',
    '090-1234-567（桁が足りない）',
    '090-1234-56789',
    '03-1234-5678-9012',
    '注文番号 ABC-0312345678',
    '05 06 07 08 09',
    '09:00-18:00',
  ])('does not flag %s', (text) => {
    expect(flagsOf(text, 'phone')).toEqual([]);
  });

  it('classifies national numbers', () => {
    expect(isJapanesePhoneNumber('0312345678')).toBe(true);
    expect(isJapanesePhoneNumber('09012345678')).toBe(true);
    expect(isJapanesePhoneNumber('0901234567')).toBe(false); // mobile needs 11 digits
    expect(isJapanesePhoneNumber('0501234567')).toBe(false);
    expect(isJapanesePhoneNumber('0312345678901')).toBe(false);
    expect(isJapanesePhoneNumber('1234567890')).toBe(false);
  });
});

describe('checkContent: マイナンバー', () => {
  it('implements the official check digit', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('987654321093')).toBe(true);
    expect(isValidMyNumber('202611230003')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('12345678901')).toBe(false);
    expect(isValidMyNumber('12345678901a')).toBe(false);
  });

  it('uses check digit 0 when the remainder is 0 or 1', () => {
    // 10000000008: Σ = 6·1 + 2·8 = 22, 22 mod 11 = 0.
    expect(isValidMyNumber('100000000080')).toBe(true);
    expect(isValidMyNumber('100000000081')).toBe(false);
    // 10000000003: Σ = 6 + 6 = 12, 12 mod 11 = 1 (11 − 1 = 10 is not a digit).
    expect(isValidMyNumber('100000000030')).toBe(true);
    expect(isValidMyNumber('100000000031')).toBe(false);
  });

  it.each([
    ['個人番号 123456789018', '123456789018'],
    ['1234 5678 9018', '1234 5678 9018'],
    ['1234-5678-9018', '1234-5678-9018'],
    ['番号は１２３４５６７８９０１８です', '１２３４５６７８９０１８'],
  ])('flags %s', (text, match) => {
    expect(flagsOf(text, 'myNumber')).toEqual([match]);
  });

  it.each([
    '123456789012',
    '注文番号 1234-5678-9012',
    '1234567890180',
    'ID123456789018',
    '金額 123,456,789,018円',
    '3.123456789018',
  ])('does not flag %s', (text) => {
    expect(flagsOf(text, 'myNumber')).toEqual([]);
  });
});

describe('checkContent: credit cards', () => {
  it('implements Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('')).toBe(false);
  });

  it.each([
    ['カード 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['5555555555554444', '5555555555554444'],
    ['Amex 3782 822463 10005', '3782 822463 10005'],
    ['JCB 3530111333300000', '3530111333300000'],
    ['Diners 3056 930902 5904', '3056 930902 5904'],
    ['４１１１　１１１１　１１１１　１１１１', '４１１１　１１１１　１１１１　１１１１'],
  ])('flags %s', (text, match) => {
    expect(flagsOf(text, 'creditCard')).toEqual([match]);
  });

  it.each([
    '4111 1111 1111 1112',
    '注文番号 4000-1234-5678-9011', // fails Luhn
    '1111111111111117', // passes Luhn, but no card network starts with 1
    '4000-1234-5678-9011-7', // 4000123456789017 passes Luhn, but the run is longer
    '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1',
    '4111111111111111111111',
    'トラッキング 8111111111111112', // passes Luhn, first digit 8
    '2026-11-23',
  ])('does not flag %s', (text) => {
    expect(flagsOf(text, 'creditCard')).toEqual([]);
  });
});

describe('checkContent: several findings', () => {
  it('returns flags sorted by position with original offsets', () => {
    const text = '山田（taro@example.com／090-1234-5678）カード4111111111111111、番号123456789018';
    const flags = checkContent(text, none);
    expect(flags.map((f) => f.kind)).toEqual(['email', 'phone', 'creditCard', 'myNumber']);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(flags[1]?.message).toEqual({
      ja: '電話番号のようです。個人情報は公開しないでください。',
      en: 'This looks like a phone number. Do not publish personal data.',
    });
  });

  it('finds nothing in ordinary business text', () => {
    const text =
      '2026年11月23日の定例会議。売上は前年比120%、1,234,567円。v2.3.1をリリース。注文番号 A-20261123-0001。';
    expect(checkContent(text, none)).toEqual([]);
  });
});

describe('validateBannedTerms', () => {
  it('trims, drops blanks and case/width duplicates', () => {
    expect(validateBannedTerms([' アクメ ', '', 'ACME', 'ａｃｍｅ', 'acme  corp'])).toEqual({
      ok: true,
      value: ['アクメ', 'ACME', 'acme corp'],
    });
  });

  it('rejects overlong terms and too many terms', () => {
    const long = validateBannedTerms(['x'.repeat(101)]);
    expect(long.ok === false && long.errors[0]?.code).toBe('bannedTerms.tooLong');
    const many = validateBannedTerms(Array.from({ length: 501 }, (_, i) => `term${i}`));
    expect(many.ok === false && many.errors[0]?.code).toBe('bannedTerms.tooMany');
  });
});
