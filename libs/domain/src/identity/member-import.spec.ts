import {
  matchImportHeader,
  MAX_IMPORT_ROWS,
  parseActiveCell,
  splitTeamsCell,
  validateMemberImport,
  type MemberImportError,
} from './member-import';

const TODAY = '2026-11-23';
const JA_HEADER = [
  'メールアドレス',
  '氏名',
  'フリガナ',
  '社員番号',
  '部署',
  'チーム',
  'ロール',
  '入社日',
  '在籍',
];
const EN_HEADER = [
  'Email',
  'Name',
  'Furigana',
  'Employee No',
  'Department',
  'Teams',
  'Roles',
  'Hire Date',
  'Active',
];

const member = (i: number): string[] => [
  `user${i}@example.com`,
  `社員 ${i}号`,
  'しゃいん',
  `C${String(i).padStart(5, '0')}`,
  '営業部/第一営業課',
  '法人営業チームA',
  '社員',
  '2024/4/1',
  '在籍',
];

const codes = (errors: MemberImportError[]) => errors.map((e) => e.code);

describe('matchImportHeader', () => {
  it.each([
    ['メールアドレス', 'email'],
    ['Ｅメール', 'email'],
    ['E-mail', 'email'],
    [' EMAIL ', 'email'],
    ['\u6c0f\u540d', 'displayName'],
    ['Full_Name', 'displayName'],
    ['display name', 'displayName'],
    ['氏名（カナ）', 'nameReading'],
    ['ﾌﾘｶﾞﾅ', 'nameReading'],
    ['Name Reading', 'nameReading'],
    ['社員ID', 'employeeNumber'],
    ['Employee No.', 'employeeNumber'],
    ['staff_id', 'employeeNumber'],
    ['所属部署', 'department'],
    ['Dept', 'department'],
    ['所属チーム', 'teams'],
    ['権限', 'roles'],
    ['入社年月日', 'joinedOn'],
    ['Hire date', 'joinedOn'],
    ['在籍区分', 'active'],
    ['Status', 'active'],
  ])('maps %j to %s', (header, field) => {
    expect(matchImportHeader(header)).toBe(field);
  });

  it.each(['生年月日', '性別', '', 'mailing list'])('does not map %j', (header) => {
    expect(matchImportHeader(header)).toBeNull();
  });
});

describe('cell helpers', () => {
  it.each([
    ['', true],
    ['1', true],
    ['TRUE', true],
    ['yes', true],
    ['在籍', true],
    ['休職', true],
    ['有効', true],
    ['○', true],
    ['0', false],
    ['false', false],
    ['No', false],
    ['退職', false],
    ['無効', false],
    ['×', false],
  ])('reads active cell %j as %s', (cell, active) => {
    expect(parseActiveCell(cell)).toBe(active);
  });

  it('returns null for an unreadable active cell', () => {
    expect(parseActiveCell('maybe')).toBeNull();
  });

  it('splits teams on every separator and deduplicates', () => {
    expect(splitTeamsCell('A;B、C・D|E/F,G；A')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(splitTeamsCell(' ')).toEqual([]);
  });
});

describe('validateMemberImport', () => {
  it('imports a Japanese-header file', () => {
    const result = validateMemberImport(
      [
        JA_HEADER,
        [
          'Taro.Yamada@Example.com',
          '山田　太郎',
          'ﾔﾏﾀﾞ ﾀﾛｳ',
          'Ｃ００００１',
          '営業部＞第一営業課',
          '法人営業チームA、生成AI推進チーム',
          '社員・アンバサダー',
          '令和2年4月1日',
          '在籍',
        ],
        [
          'hanako.suzuki@example.com',
          '𠮷田 花子',
          'よしだ はなこ',
          '',
          '人事部',
          '',
          '',
          'H31.4.1',
          '退職',
        ],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        email: 'taro.yamada@example.com',
        displayName: '山田 太郎',
        nameReading: 'ヤマダ タロウ',
        employeeNumber: 'C00001',
        department: { name: '第一営業課', parent: '営業部' },
        teams: ['法人営業チームA', '生成AI推進チーム'],
        roles: ['staff', 'ambassador'],
        joinedOn: '2020-04-01',
        active: true,
      },
      {
        row: 3,
        email: 'hanako.suzuki@example.com',
        displayName: '𠮷田 花子',
        nameReading: 'ヨシダ ハナコ',
        employeeNumber: null,
        department: { name: '人事部', parent: null },
        teams: [],
        roles: ['staff'],
        joinedOn: '2019-04-01',
        active: false,
      },
    ]);
  });

  it('imports an English-header file', () => {
    const result = validateMemberImport(
      [
        EN_HEADER,
        [
          'john.smith@example.com',
          'John Smith',
          'Smith John',
          'E-0042',
          'Development',
          'Platform',
          'manager; staff',
          '2023-10-01',
          'yes',
        ],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      email: 'john.smith@example.com',
      nameReading: 'Smith John',
      employeeNumber: 'E-0042',
      department: { name: 'Development', parent: null },
      roles: ['staff', 'manager'],
      joinedOn: '2023-10-01',
      active: true,
    });
  });

  it('maps mixed headers in any order, ignores unknown columns and needs only the required ones', () => {
    const result = validateMemberImport(
      [
        ['\uFEFF社員番号', '生年月日', 'Email', '氏名', 'kana', '性別', ''],
        ['0001', '1990/1/1', 'a@example.com', '青木 優', 'アオキ ユウ', '女', ''],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(['生年月日', '性別']);
    expect(result.rows).toEqual([
      {
        row: 2,
        email: 'a@example.com',
        displayName: '青木 優',
        nameReading: 'アオキ ユウ',
        employeeNumber: '0001',
        department: null,
        teams: [],
        roles: ['staff'],
        joinedOn: null,
        active: true,
      },
    ]);
  });

  it('reports each missing required column on row 1', () => {
    const result = validateMemberImport(
      [
        ['氏名', '部署'],
        ['山田 太郎', '営業部'],
      ],
      { today: TODAY },
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: null,
        code: 'header.missing',
        message: expect.stringContaining('メールアドレス'),
      }),
      expect.objectContaining({
        row: 1,
        column: null,
        code: 'header.missing',
        message: expect.stringContaining('フリガナ'),
      }),
    ]);
  });

  it('rejects two columns for the same field', () => {
    const result = validateMemberImport(
      [
        ['メール', 'email', '氏名', 'フリガナ'],
        ['a@example.com', 'a@example.com', 'A', 'エー'],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 1, column: 'email', code: 'header.duplicate' }),
    ]);
  });

  it('returns exactly the bad row’s errors in a 100-row file', () => {
    const table = [JA_HEADER, ...Array.from({ length: 100 }, (_, i) => member(i + 1))];
    // Spreadsheet row 58 is data row 57.
    table[57] = [
      'not-an-email',
      '',
      '山田',
      'C#57',
      '営業部/第一営業課/一係',
      'チームA',
      '社長',
      '2024-02-30',
      'たぶん',
    ];
    const result = validateMemberImport(table, { today: TODAY });
    expect(result.rows).toHaveLength(99);
    expect(result.rows.some((r) => r.row === 58)).toBe(false);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [58, 'メールアドレス', 'email.invalid'],
      [58, '氏名', 'displayName.required'],
      [58, 'フリガナ', 'nameReading.invalid'],
      [58, '社員番号', 'employeeNumber.invalid'],
      [58, '部署', 'department.tooDeep'],
      [58, 'ロール', 'roles.unknown'],
      [58, '入社日', 'joinedOn.invalidDate'],
      [58, '在籍', 'active.invalid'],
    ]);
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('reports within-file duplicates on the later row, naming the earlier one', () => {
    const result = validateMemberImport(
      [
        JA_HEADER,
        member(1),
        member(2),
        ['USER1@example.com', '重複 一郎', 'ちょうふく いちろう', 'c00002', '', '', '', '', ''],
      ],
      { today: TODAY },
    );
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'メールアドレス',
        code: 'email.duplicate',
        message: expect.stringContaining('row 2'),
      },
      {
        row: 4,
        column: '社員番号',
        code: 'employeeNumber.duplicate',
        message: expect.stringContaining('row 3'),
      },
    ]);
  });

  it('parses era dates and half-width katakana readings', () => {
    const result = validateMemberImport(
      [
        ['メール', '名前', '氏名カナ', '入社日'],
        ['a@example.com', '髙橋 一郎', 'ﾀｶﾊｼ ｲﾁﾛｳ', '平成元年1月8日'],
        ['b@example.com', '佐藤 健太', 'ｻﾄｳ ｹﾝﾀ', 'R6.4.1'],
        ['c@example.com', '伊藤 学', 'ｲﾄｳ ﾏﾅﾌﾞ', '昭和63年4月1日'],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.nameReading, r.joinedOn])).toEqual([
      ['タカハシ イチロウ', '1989-01-08'],
      ['サトウ ケンタ', '2024-04-01'],
      ['イトウ マナブ', '1988-04-01'],
    ]);
  });

  it('reports unknown roles and bad dates per cell', () => {
    const result = validateMemberImport(
      [
        ['email', 'name', 'reading', 'role', 'joined'],
        ['a@example.com', 'A', 'エー', '社員;社長', '令和元年4月1日'],
      ],
      { today: TODAY },
    );
    expect(result.errors).toEqual([
      { row: 2, column: 'role', code: 'roles.unknown', message: expect.stringContaining('社長') },
      { row: 2, column: 'joined', code: 'joinedOn.invalidEra', message: expect.any(String) },
    ]);
  });

  it('skips fully blank lines but keeps spreadsheet row numbers', () => {
    const result = validateMemberImport(
      [[], JA_HEADER, ['', ' ', ''], member(1), [], ['　', ''], ['bad', 'B', 'ビー']],
      { today: TODAY },
    );
    expect(result.rows.map((r) => r.row)).toEqual([4]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[7, 'email.invalid']]);
  });

  it('reads short rows as blank cells', () => {
    const result = validateMemberImport([JA_HEADER, ['a@example.com', 'A', 'エー']], {
      today: TODAY,
    });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      employeeNumber: null,
      department: null,
      roles: ['staff'],
      active: true,
    });
  });

  it('validates department cells', () => {
    const result = validateMemberImport(
      [
        ['email', 'name', 'kana', 'department'],
        ['a@example.com', 'A', 'エー', '開発部／プラットフォーム課'],
        ['b@example.com', 'B', 'ビー', '開発部/'],
        ['c@example.com', 'C', 'シー', '部'.repeat(101)],
      ],
      { today: TODAY },
    );
    expect(result.rows[0]?.department).toEqual({ name: 'プラットフォーム課', parent: '開発部' });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'department.invalid'],
      [4, 'department.tooLong'],
    ]);
  });

  it('reports empty files and files without member rows', () => {
    expect(validateMemberImport([], { today: TODAY }).errors.map((e) => e.code)).toEqual([
      'file.empty',
    ]);
    expect(validateMemberImport([[''], []], { today: TODAY }).errors.map((e) => e.code)).toEqual([
      'file.empty',
    ]);
    expect(codes(validateMemberImport([JA_HEADER, []], { today: TODAY }).errors)).toEqual([
      'file.noRows',
    ]);
  });

  it(`allows ${MAX_IMPORT_ROWS} rows and rejects more with a single error`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => member(i + 1));
    expect(validateMemberImport([JA_HEADER, ...rows], { today: TODAY }).errors).toEqual([]);
    const result = validateMemberImport([JA_HEADER, ...rows, member(MAX_IMPORT_ROWS + 1)], {
      today: TODAY,
    });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: MAX_IMPORT_ROWS + 2, column: null, code: 'file.tooManyRows' }),
    ]);
  });

  it('never throws on odd input', () => {
    const odd = [
      JA_HEADER,
      ['\u0000', '\uFFFF', '𠮷'.repeat(500), 'x'.repeat(1000), '/', '|||', ';;;', '999999', '○×'],
    ];
    expect(() => validateMemberImport(odd, { today: TODAY })).not.toThrow();
    expect(validateMemberImport(odd, { today: TODAY }).errors.length).toBeGreaterThan(0);
  });
});
