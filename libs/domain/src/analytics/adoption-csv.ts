// Each dashboard chart's data as a CSV that Japanese Excel opens correctly (UTF-8 with BOM,
// CRLF, quoted text) and whose text cells can never run as formulas (spreadsheet-cell.ts).
import { csvRecord, UTF8_BOM, type CellValue } from '../hr-export/spreadsheet-cell';
import type { Locale } from '../organization/organization-settings';
import type { AdoptionAnalytics, ContentItem, TopTemplate } from './adoption';

export const ADOPTION_CHARTS = [
  'activeRate',
  'weeklyTrend',
  'monthlyTrend',
  'contributions',
  'hoursSaved',
  'topTemplatesByReuses',
  'topTemplatesByHoursSaved',
  'topContributors',
  'deadContent',
  'staleContent',
  'departmentComparison',
] as const;
export type AdoptionChart = (typeof ADOPTION_CHARTS)[number];

type Label = { ja: string; en: string };
type Table = { header: Label[]; rows: CellValue[][] };

const L = (ja: string, en: string): Label => ({ ja, en });

const RATE = [
  L('アクティブ人数', 'Active members'),
  L('在籍人数', 'Members'),
  L('アクティブ率', 'Active rate'),
];
const TEMPLATE = [
  L('テンプレートID', 'Template ID'),
  L('タイトル', 'Title'),
  L('作成者', 'Author'),
  L('再利用数', 'Reuses'),
  L('削減時間/月', 'Hours saved per month'),
  L('期間中の削減時間', 'Hours saved in range'),
];
const CONTENT = [
  L('投稿ID', 'Post ID'),
  L('タイトル', 'Title'),
  L('オーナー', 'Owner'),
  L('公開日時', 'Published at'),
  L('見直し期限', 'Review by'),
  L('最終閲覧日', 'Last viewed on'),
];

const templateRow = (t: TopTemplate): CellValue[] => [
  t.templateId,
  t.title,
  t.authorName,
  t.reuses,
  t.hoursSavedPerMonth,
  t.hoursSaved,
];
const contentRow = (c: ContentItem): CellValue[] => [
  c.postId,
  c.title,
  c.ownerName,
  c.publishedAt ? c.publishedAt.toISOString() : null,
  c.reviewBy,
  c.lastViewedOn,
];

const tableOf = (chart: AdoptionChart, a: AdoptionAnalytics, locale: Locale): Table => {
  switch (chart) {
    case 'activeRate':
      return {
        header: [L('部署', 'Department'), ...RATE],
        rows: [
          [
            L('全体', 'Overall')[locale],
            a.activeRate.activeMembers,
            a.activeRate.members,
            a.activeRate.rate,
          ],
          ...a.departments.map((d) => [d.name, d.activeMembers, d.members, d.rate]),
        ],
      };
    case 'weeklyTrend':
    case 'monthlyTrend':
      return {
        header: [L('期間', 'Period'), L('開始日', 'First day'), L('終了日', 'Last day'), ...RATE],
        rows: (chart === 'weeklyTrend' ? a.weeklyTrend : a.monthlyTrend).map((p) => [
          p.periodKey,
          p.firstDay,
          p.lastDay,
          p.activeMembers,
          p.members,
          p.rate,
        ]),
      };
    case 'contributions':
      return {
        header: [
          L('週', 'Week'),
          L('開始日', 'First day'),
          L('ナレッジ投稿', 'Posts'),
          L('テンプレート公開', 'Templates'),
          L('成功事例', 'Stories'),
          L('テンプレート再利用', 'Reuses'),
          L('ナレッジ見直し', 'Reviews'),
          L('称賛', 'Kudos'),
        ],
        rows: a.contributionsByWeek.map((w) => [
          w.week,
          w.firstDay,
          w.posts,
          w.templates,
          w.stories,
          w.reuses,
          w.reviews,
          w.kudos,
        ]),
      };
    case 'hoursSaved':
      return {
        header: [L('月', 'Month'), L('削減時間', 'Hours saved'), L('累計', 'Cumulative hours')],
        rows: a.hoursSavedByMonth.map((m) => [m.month, m.hoursSaved, m.cumulativeHours]),
      };
    case 'topTemplatesByReuses':
      return { header: TEMPLATE, rows: a.topTemplatesByReuses.map(templateRow) };
    case 'topTemplatesByHoursSaved':
      return { header: TEMPLATE, rows: a.topTemplatesByHoursSaved.map(templateRow) };
    case 'topContributors':
      return {
        header: [
          L('順位', 'Rank'),
          L('社員ID', 'Member ID'),
          L('氏名', 'Name'),
          L('ポイント', 'Points'),
        ],
        rows: a.topContributors.map((c, i) => [i + 1, c.memberId, c.name, c.points]),
      };
    case 'deadContent':
      return { header: CONTENT, rows: a.deadContent.map(contentRow) };
    case 'staleContent':
      return { header: CONTENT, rows: a.staleContent.map(contentRow) };
    case 'departmentComparison':
      return {
        header: [
          L('部署', 'Department'),
          ...RATE,
          L('ナレッジ投稿', 'Posts'),
          L('テンプレート再利用', 'Reuses'),
          L('削減時間', 'Hours saved'),
          L('ポイント', 'Points'),
        ],
        rows: a.departmentComparison.map((d) => [
          d.name,
          d.activeMembers,
          d.members,
          d.rate,
          d.posts,
          d.reuses,
          d.hoursSaved,
          d.points,
        ]),
      };
  }
};

/** The chart's CSV: file name and text (BOM first, CRLF line ends, formula-inert cells). */
export const adoptionCsv = (
  chart: AdoptionChart,
  analytics: AdoptionAnalytics,
  locale: Locale,
): { filename: string; content: string } => {
  const table = tableOf(chart, analytics, locale);
  const content =
    UTF8_BOM +
    csvRecord(table.header.map((h) => h[locale])) +
    table.rows.map((r) => csvRecord(r)).join('');
  return { filename: `adoption-${chart}-${analytics.from}_${analytics.to}.csv`, content };
};
