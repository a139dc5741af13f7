// Japanese vocabulary for a realistic generated company (patterns of the demo organization in
// apps/api/src/modules/demo/demo-organization.data.ts: kanji names with katakana readings,
// family name first, rare kanji included).
import type { Random } from './random';

export const FAMILY_NAMES: readonly [string, string][] = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['斎藤', 'サイトウ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['橋本', 'ハシモト'],
  ['阿部', 'アベ'],
  ['石川', 'イシカワ'],
  ['前田', 'マエダ'],
  ['藤田', 'フジタ'],
  ['小川', 'オガワ'],
  ['岡田', 'オカダ'],
  ['後藤', 'ゴトウ'],
  ['長谷川', 'ハセガワ'],
  ['村上', 'ムラカミ'],
  ['近藤', 'コンドウ'],
  ['石井', 'イシイ'],
  ['坂本', 'サカモト'],
  ['遠藤', 'エンドウ'],
  ['青木', 'アオキ'],
  ['藤井', 'フジイ'],
  ['西村', 'ニシムラ'],
  ['髙橋', 'タカハシ'],
  ['𠮷田', 'ヨシダ'],
  ['齋藤', 'サイトウ'],
  ['渡邉', 'ワタナベ'],
];

export const GIVEN_NAMES: readonly [string, string][] = [
  ['健一', 'ケンイチ'],
  ['美咲', 'ミサキ'],
  ['誠', 'マコト'],
  ['翔太', 'ショウタ'],
  ['太郎', 'タロウ'],
  ['一郎', 'イチロウ'],
  ['花子', 'ハナコ'],
  ['陽菜', 'ヒナ'],
  ['結衣', 'ユイ'],
  ['大輔', 'ダイスケ'],
  ['由美', 'ユミ'],
  ['健二', 'ケンジ'],
  ['直樹', 'ナオキ'],
  ['さくら', 'サクラ'],
  ['拓也', 'タクヤ'],
  ['愛', 'アイ'],
  ['蓮', 'レン'],
  ['葵', 'アオイ'],
  ['悠真', 'ユウマ'],
  ['彩', 'アヤ'],
  ['浩', 'ヒロシ'],
  ['恵', 'メグミ'],
  ['亮', 'リョウ'],
  ['真由美', 'マユミ'],
  ['和也', 'カズヤ'],
  ['裕子', 'ユウコ'],
  ['隆', 'タカシ'],
  ['明美', 'アケミ'],
  ['駿', 'シュン'],
  ['千尋', 'チヒロ'],
  ['修', 'オサム'],
  ['智子', 'トモコ'],
];

export const DIVISIONS = ['第一事業本部', '第二事業本部'] as const;

export const DEPARTMENT_NAMES = [
  '営業部',
  '開発部',
  '人事部',
  '経理部',
  '総務部',
  'マーケティング部',
  'カスタマーサクセス部',
  '品質保証部',
  '法務部',
  '購買部',
  '物流部',
  '製造部',
  '研究開発部',
  '情報システム部',
  '経営企画部',
  '広報部',
  '海外事業部',
  'デザイン部',
  'データ分析部',
  '調達部',
] as const;

export const TEAM_SUFFIXES = [
  '推進チーム',
  '改善チーム',
  '企画チーム',
  'プロジェクトチーム',
  '支援チーム',
];

export const TOPICS = [
  '議事録',
  '要約',
  '翻訳',
  '提案書',
  '見積書',
  '日報',
  '週報',
  '会議',
  'メール',
  '問い合わせ',
  '顧客対応',
  'コードレビュー',
  'テスト設計',
  '障害報告',
  '採用面接',
  '研修資料',
  'マニュアル',
  'FAQ',
  'プレゼン資料',
  '市場調査',
  '競合分析',
  '契約書チェック',
  '経費精算',
  '在庫管理',
  'データ分析',
  'SQL',
  'Excel関数',
  '企画書',
  'プレスリリース',
  '議題整理',
] as const;

export const TOOLS = ['ChatGPT', 'Claude', 'Gemini', 'Copilot', '生成AI'] as const;

const TITLE_PATTERNS = [
  (t: string, tool: string) => `${tool}で${t}を効率化する方法`,
  (t: string, tool: string) => `${t}の下書きを${tool}で作る手順`,
  (t: string) => `${t}作成のコツとプロンプト例`,
  (t: string, tool: string) => `【保存版】${tool}を使った${t}の時短術`,
  (t: string) => `${t}の品質を上げるチェックリスト`,
  (t: string, tool: string) => `${t}に${tool}を導入してわかったこと`,
];

const SENTENCES: ((topic: string, tool: string) => string)[] = [
  (t: string) => `${t}は毎週発生する作業で、これまで一件あたり三十分ほどかかっていました。`,
  (_t: string, tool: string) =>
    `${tool}に前提条件と出力形式を最初に伝えると、手直しがほとんど不要になります。`,
  () => `社外秘の情報は必ず伏せ字にしてから入力してください。`,
  (t: string) => `${t}のたたき台を作り、最後は必ず人が内容を確認します。`,
  (t: string) => `チームで試したところ、${t}にかかる時間が半分以下になりました。`,
  () => `うまくいかない場合は、具体例を二つほど添えると精度が上がります。`,
  () => `箇条書きで要点を整理してから文章にすると読みやすくなります。`,
  (_t: string, tool: string) =>
    `${tool}の回答は事実確認が必要なので、数字や固有名詞は原典に当たりましょう。`,
  (t: string) => `このやり方は${t}以外の定型業務にも応用できます。`,
  () => `新人研修でも同じ手順を紹介し、好評でした。`,
];

export type GeneratedText = { title: string; body: string; tags: string[]; topic: string };

/** A knowledge post, template or story text about one topic, in Markdown. */
export function japaneseText(random: Random, sentences: number): GeneratedText {
  const topic = random.pick(TOPICS);
  const tool = random.pick(TOOLS);
  const title = random.pick(TITLE_PATTERNS)(topic, tool);
  const lines = ['## 背景', ''];
  for (let i = 0; i < sentences; i++) {
    if (i === Math.ceil(sentences / 2)) lines.push('', '## 手順', '');
    const s = random.pick(SENTENCES)(topic, tool);
    lines.push(i >= Math.ceil(sentences / 2) ? `- ${s}` : s);
  }
  const tags = [...new Set([topic, tool, random.pick(TOPICS)])].slice(0, 2 + random.int(2));
  return { title, body: lines.join('\n'), tags, topic };
}

export const KUDOS_MESSAGES = [
  '議事録テンプレートのおかげで会議後の共有が半分の時間になりました！',
  '提案書レビューのプロンプト、チーム全員で使わせてもらっています。',
  '新人向けの生成AI勉強会、わかりやすかったです。ありがとうございました。',
  '障害報告の下書きをAIで作る手順、すぐ真似できました。',
  'お客様向けメールの言い回し、いつも丁寧で学びが多いです。',
  '週次の成功事例共有会、続けてくださって感謝です。',
  'データ分析の相談に乗っていただき助かりました。',
] as const;

/** Words the search benchmark looks for (all occur in generated titles and bodies). */
export const SEARCH_QUERIES = [
  '議事録',
  '要約',
  '翻訳',
  '提案書',
  '日報',
  '会議',
  'メール',
  '顧客対応',
  'コードレビュー',
  '障害報告',
  '研修資料',
  'マニュアル',
  '効率化',
  '時短',
  'プロンプト',
  'チェックリスト',
  '生成AI',
  'ChatGPT',
  '市場調査',
  '契約書',
] as const;
