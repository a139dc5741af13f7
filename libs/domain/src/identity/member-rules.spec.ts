import {
  compareByReading,
  normalizeEmail,
  normalizeNameReading,
  parseJoinedDate,
  validateDisplayName,
  validateEmail,
  validateEmployeeNumber,
  validateMemberInput,
  validateNameReading,
  type MemberInputDraft,
} from './member-rules';

const codes = (r: { ok: boolean; errors?: { code: string }[] }): string[] =>
  r.ok ? [] : (r.errors ?? []).map((e) => e.code);

describe('email', () => {
  it('normalizes full-width, case and surrounding spaces', () => {
    expect(normalizeEmail(' Ｔａｒｏ．Ｙａｍａｄａ＠Ｅｘａｍｐｌｅ．ｃｏｍ ')).toBe(
      'taro.yamada@example.com',
    );
  });

  it.each([
    'taro.yamada@example.com',
    'a@b.co',
    'first+tag@sub.example.co.jp',
    "o'brien@example.org",
    'user@例え.jp',
  ])('accepts %s', (email) => {
    expect(validateEmail(email).ok).toBe(true);
  });

  it.each([
    'plainaddress',
    'a@@example.com',
    'a@b@example.com',
    '@example.com',
    'taro@localhost',
    'taro yamada@example.com',
    'taro@exa mple.com',
    '.taro@example.com',
    'taro..yamada@example.com',
    'taro@-example.com',
    'taro@example..com',
    'taro@192.168.0.1',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %s', (email) => {
    expect(codes(validateEmail(email))).toEqual(['email.invalid']);
  });

  it('requires a value and caps the total length at 254', () => {
    expect(codes(validateEmail('  '))).toEqual(['email.required']);
    const label = (c: string) => c.repeat(60);
    const fits = `${'a'.repeat(6)}@${label('d')}.${label('e')}.${label('f')}.${label('g')}.com`;
    expect(fits.length).toBe(254);
    expect(validateEmail(fits)).toEqual({ ok: true, value: fits });
    expect(codes(validateEmail(`a${fits}`))).toEqual(['email.tooLong']);
  });
});

describe('validateDisplayName', () => {
  it('accepts rare kanji and counts code points, not UTF-16 units', () => {
    expect(validateDisplayName('髙橋 一郎')).toEqual({ ok: true, value: '髙橋 一郎' });
    expect(validateDisplayName('𠮷田　花子')).toEqual({ ok: true, value: '𠮷田 花子' });
    expect(validateDisplayName('𠮷'.repeat(100)).ok).toBe(true);
    expect(codes(validateDisplayName('𠮷'.repeat(101)))).toEqual(['displayName.tooLong']);
  });

  it('requires a name and rejects control characters', () => {
    expect(codes(validateDisplayName(' 　 '))).toEqual(['displayName.required']);
    expect(codes(validateDisplayName('山田\u0000太郎'))).toEqual(['displayName.invalid']);
    expect(codes(validateDisplayName('山田\u200b太郎'))).toEqual(['displayName.invalid']);
  });
});

describe('name reading', () => {
  it('converts hiragana and half-width katakana to full-width katakana', () => {
    expect(normalizeNameReading('やまだ　たろう')).toBe('ヤマダ タロウ');
    expect(normalizeNameReading('ﾀｶﾊｼ ｲﾁﾛｳ')).toBe('タカハシ イチロウ');
    expect(normalizeNameReading('ゔぁいおりん')).toBe('ヴァイオリン');
  });

  it.each([
    ['ヤマダ タロウ', 'ヤマダ タロウ'],
    ['さとう  はなこ', 'サトウ ハナコ'],
    ['ｻｲﾄｳ ｼﾞｭﾝ', 'サイトウ ジュン'],
    ['スミス・ジョン', 'スミス・ジョン'],
    ['ユーコ', 'ユーコ'],
    ['Smith John', 'Smith John'],
    ["O'Brien Mary-Jane", "O'Brien Mary-Jane"],
    ['García José', 'García José'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateNameReading(input)).toEqual({ ok: true, value });
  });

  it.each(['山田 太郎', 'ヤマダ1', 'ヤマダ@', 'タロウ!', '---', 'ー'])('rejects %j', (input) => {
    expect(codes(validateNameReading(input))).toEqual(['nameReading.invalid']);
  });

  it('requires a value and limits it to 100 characters', () => {
    expect(codes(validateNameReading(''))).toEqual(['nameReading.required']);
    expect(validateNameReading('ア'.repeat(100)).ok).toBe(true);
    expect(codes(validateNameReading('ア'.repeat(101)))).toEqual(['nameReading.tooLong']);
  });
});

describe('validateEmployeeNumber', () => {
  it('is optional', () => {
    expect(validateEmployeeNumber('')).toEqual({ ok: true, value: null });
    expect(validateEmployeeNumber(undefined)).toEqual({ ok: true, value: null });
    expect(validateEmployeeNumber(null)).toEqual({ ok: true, value: null });
  });

  it('converts full-width digits and accepts letters, digits, - and _', () => {
    expect(validateEmployeeNumber('Ｃ００１２３')).toEqual({ ok: true, value: 'C00123' });
    expect(validateEmployeeNumber(' emp_01-A ')).toEqual({ ok: true, value: 'emp_01-A' });
  });

  it('rejects other characters and more than 32 characters', () => {
    expect(codes(validateEmployeeNumber('C 001'))).toEqual(['employeeNumber.invalid']);
    expect(codes(validateEmployeeNumber('社員001'))).toEqual(['employeeNumber.invalid']);
    expect(validateEmployeeNumber('1'.repeat(32)).ok).toBe(true);
    expect(codes(validateEmployeeNumber('1'.repeat(33)))).toEqual(['employeeNumber.tooLong']);
  });
});

describe('parseJoinedDate', () => {
  const today = '2026-11-23';

  it.each([
    ['2024-04-01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['20240401', '2024-04-01'],
    ['２０２４／０４／０１', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['2024年 4月 1日', '2024-04-01'],
    ['2024/04/01 0:00:00', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['r06.04.01', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月1日', '2019-04-01'],
    ['H31.4.1', '2019-04-01'],
    ['平成元年1月8日', '1989-01-08'],
    ['㍻2年4月1日', '1990-04-01'],
    ['昭和60年4月1日', '1985-04-01'],
    ['S64.1.7', '1989-01-07'],
    ['2027-11-23', '2027-11-23'],
    ['1900-01-01', '1900-01-01'],
  ])('parses %j as %s', (input, iso) => {
    expect(parseJoinedDate(input, today)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['', 'joinedOn.required'],
    ['April 1st', 'joinedOn.invalid'],
    ['2024-04/01', 'joinedOn.invalid'],
    ['24/4/1', 'joinedOn.invalid'],
    ['2024-02-30', 'joinedOn.invalidDate'],
    ['2023-02-29', 'joinedOn.invalidDate'],
    ['2024-13-01', 'joinedOn.invalidDate'],
    ['令和6年2月30日', 'joinedOn.invalidDate'],
    ['令和元年4月30日', 'joinedOn.invalidEra'],
    ['平成31年5月1日', 'joinedOn.invalidEra'],
    ['平成元年1月7日', 'joinedOn.invalidEra'],
    ['H32.4.1', 'joinedOn.invalidEra'],
    ['1899-12-31', 'joinedOn.tooEarly'],
    ['2027-11-24', 'joinedOn.tooLate'],
  ])('rejects %j with %s', (input, code) => {
    expect(codes(parseJoinedDate(input, today))).toEqual([code]);
  });

  it('throws on a malformed today, which is a programming error', () => {
    expect(() => parseJoinedDate('2024-04-01', '2026/11/23')).toThrow(RangeError);
  });
});

describe('validateMemberInput', () => {
  const valid: MemberInputDraft = {
    email: 'Taro.Yamada@Example.com',
    displayName: '山田　太郎',
    nameReading: 'やまだ たろう',
    employeeNumber: 'Ｃ00001',
    roles: ['manager', 'staff', 'manager'],
    joinedOn: '令和2年4月1日',
    locale: 'ja',
  };

  it('returns normalized values', () => {
    expect(validateMemberInput(valid, { today: '2026-11-23' })).toEqual({
      ok: true,
      value: {
        email: 'taro.yamada@example.com',
        displayName: '山田 太郎',
        nameReading: 'ヤマダ タロウ',
        employeeNumber: 'C00001',
        roles: ['staff', 'manager'],
        joinedOn: '2020-04-01',
        locale: 'ja',
      },
    });
  });

  it('treats optional fields as null when absent or blank', () => {
    const r = validateMemberInput(
      {
        email: 'a@example.com',
        displayName: 'A',
        nameReading: 'エー',
        roles: ['staff'],
        joinedOn: ' ',
      },
      { today: '2026-11-23' },
    );
    expect(r.ok && r.value).toMatchObject({ employeeNumber: null, joinedOn: null, locale: null });
  });

  it('collects all field errors at once', () => {
    const r = validateMemberInput(
      {
        email: 'not-an-email',
        displayName: '',
        nameReading: '山田',
        employeeNumber: '#1',
        roles: [],
        joinedOn: '2024-02-30',
        locale: 'fr',
      },
      { today: '2026-11-23' },
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([
      'email',
      'displayName',
      'nameReading',
      'employeeNumber',
      'roles',
      'joinedOn',
      'locale',
    ]);
  });

  it('rejects role values that are not roles', () => {
    const r = validateMemberInput({ ...valid, roles: ['staff', 'owner'] }, { today: '2026-11-23' });
    expect(codes(r)).toEqual(['roles.invalid']);
  });
});

describe('compareByReading', () => {
  it('orders readings in 五十音 order, hiragana and katakana alike', () => {
    const members = [
      'ワタナベ ケン',
      'サトウ ハナコ',
      'アベ シンジ',
      'イトウ ユイ',
      'カトウ リョウ',
    ].map((nameReading) => ({ nameReading }));
    expect(members.sort(compareByReading).map((m) => m.nameReading)).toEqual([
      'アベ シンジ',
      'イトウ ユイ',
      'カトウ リョウ',
      'サトウ ハナコ',
      'ワタナベ ケン',
    ]);
    expect(compareByReading({ nameReading: 'サトウ' }, { nameReading: 'ワタナベ' })).toBeLessThan(
      0,
    );
    expect(
      compareByReading({ nameReading: 'ワタナベ' }, { nameReading: 'サトウ' }),
    ).toBeGreaterThan(0);
  });
});
