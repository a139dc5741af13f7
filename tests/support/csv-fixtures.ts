import iconv from 'iconv-lite';

const FAMILY = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['髙橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
];
const GIVEN = [
  ['翔太', 'ショウタ'],
  ['美咲', 'ミサキ'],
  ['大輔', 'ダイスケ'],
  ['陽菜', 'ヒナ'],
  ['健一', 'ケンイチ'],
  ['結衣', 'ユイ'],
  ['拓海', 'タクミ'],
  ['彩', 'アヤ'],
  ['直樹', 'ナオキ'],
  ['真由美', 'マユミ'],
];

/** A Japanese HR-style member CSV (header + n rows); `mutate` can spoil a row. */
export function memberCsv(
  n: number,
  options: { prefix?: string; mutate?: (row: string[], index: number) => string[] } = {},
): string {
  const prefix = options.prefix ?? 'imp';
  const header = [
    '社員番号',
    '氏名',
    'フリガナ',
    'メールアドレス',
    '部署',
    'チーム',
    'ロール',
    '入社日',
    '在籍区分',
  ];
  const lines = [header];
  for (let i = 0; i < n; i += 1) {
    const [fk, fr] = FAMILY[i % FAMILY.length];
    const [gk, gr] = GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length];
    let row = [
      `${prefix.toUpperCase()}${String(i + 1).padStart(5, '0')}`,
      `${fk} ${gk}`,
      `${fr} ${gr}`,
      `${prefix}.${i + 1}@example.com`,
      i % 3 === 0 ? '物流本部/倉庫管理課' : '物流本部',
      i % 2 === 0 ? '改善チーム' : '',
      i === 0 ? '管理職;社員' : '社員',
      `2020/4/${(i % 28) + 1}`,
      '在籍',
    ];
    if (options.mutate) row = options.mutate(row, i);
    lines.push(row);
  }
  return (
    lines
      .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n') + '\r\n'
  );
}

export const toBase64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');
export const utf8Bom = (text: string) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
export const shiftJis = (text: string) => iconv.encode(text, 'CP932');
