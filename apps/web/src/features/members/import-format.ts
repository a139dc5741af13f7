import type { AppLanguage } from '../../app/i18n/language';

/** The CSV columns the import understands (the API also accepts common aliases). */
export const IMPORT_COLUMNS = [
  {
    key: 'employeeNumber',
    ja: '社員番号',
    en: 'employee number',
    required: false,
    example: 'C10001',
  },
  { key: 'displayName', ja: '氏名', en: 'name', required: true, example: '山田 太郎' },
  {
    key: 'nameReading',
    ja: 'フリガナ',
    en: 'name reading',
    required: true,
    example: 'ヤマダ タロウ',
  },
  {
    key: 'email',
    ja: 'メールアドレス',
    en: 'email',
    required: true,
    example: 'taro.yamada@example.com',
  },
  {
    key: 'department',
    ja: '部署',
    en: 'department',
    required: false,
    example: '営業部/第一営業課',
  },
  {
    key: 'teams',
    ja: 'チーム',
    en: 'teams',
    required: false,
    example: '法人営業チームA;生成AI推進チーム',
  },
  { key: 'roles', ja: 'ロール', en: 'roles', required: false, example: '社員;アンバサダー' },
  { key: 'joinedOn', ja: '入社日', en: 'joined on', required: false, example: '2024-04-01' },
  { key: 'active', ja: '在籍', en: 'active', required: false, example: '在籍' },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

const SAMPLE_ROWS: Record<AppLanguage, string[][]> = {
  ja: [
    [
      'C10001',
      '山田 太郎',
      'ヤマダ タロウ',
      'taro.yamada@example.com',
      '営業部/第一営業課',
      '法人営業チームA',
      '社員',
      '2024-04-01',
      '在籍',
    ],
    [
      'C10002',
      '佐藤 花子',
      'サトウ ハナコ',
      'hanako.sato@example.com',
      '開発部',
      '生成AI推進チーム;プラットフォームチーム',
      '社員;アンバサダー',
      '2019/10/1',
      '在籍',
    ],
    [
      'C10003',
      '髙橋 誠',
      'タカハシ マコト',
      'makoto.takahashi@example.com',
      '人事部',
      '',
      '人事',
      '令和5年4月1日',
      '在籍',
    ],
  ],
  en: [
    [
      'C10001',
      'Taro Yamada',
      'ヤマダ タロウ',
      'taro.yamada@example.com',
      'Sales/Section 1',
      'Enterprise Sales A',
      'staff',
      '2024-04-01',
      'yes',
    ],
    [
      'C10002',
      'Hanako Sato',
      'サトウ ハナコ',
      'hanako.sato@example.com',
      'Engineering',
      'GenAI Adoption;Platform',
      'staff;ambassador',
      '2019-10-01',
      'yes',
    ],
    [
      'C10003',
      'Emily Clark',
      'Clark Emily',
      'emily.clark@example.com',
      'HR',
      '',
      'hr',
      '2023-04-01',
      'yes',
    ],
  ],
};

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Sample file text (headers in the UI language). Saved with a BOM so Excel opens it as UTF-8. */
export function buildSampleCsv(language: AppLanguage): string {
  const header = IMPORT_COLUMNS.map((column) => (language === 'ja' ? column.ja : column.en));
  const lines = [header, ...SAMPLE_ROWS[language]].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
