// The rows of the HR contribution export (評価エクスポート) and of a member's own report: one
// pure builder so the export, the self-view and a locked snapshot all agree to the digit, and
// the column layout shared by the CSV and XLSX renderers.
import { ROLE_LABELS, type Role } from '../identity/roles';
import type { Locale } from '../organization/organization-settings';
import { POINT_CATEGORIES, POINT_CATEGORY_LABELS, type PointCategory } from '../points/point-rules';
import { fail, fieldError, ok, type Result } from '../shared/result';
import { contributionScore, rankWithin, type Scored } from './contribution-score';
import type { CellValue } from './spreadsheet-cell';

export const ACTIVITY_COUNTS = [
  'postsPublished',
  'viewsReceived',
  'reusesReceived',
  'storiesApproved',
  'kudosGiven',
  'kudosReceived',
] as const;
export type ActivityCount = (typeof ACTIVITY_COUNTS)[number];

export const ACTIVITY_LABELS: Record<ActivityCount, { ja: string; en: string }> = {
  postsPublished: { ja: '投稿数', en: 'Posts published' },
  viewsReceived: { ja: '被閲覧数', en: 'Views received' },
  reusesReceived: { ja: '被再利用数', en: 'Reuses received' },
  storiesApproved: { ja: '承認された成功事例', en: 'Stories approved' },
  kudosGiven: { ja: '送った称賛', en: 'Kudos given' },
  kudosReceived: { ja: '受けた称賛', en: 'Kudos received' },
};

/** One of the top contributions behind a member's points (the "evidence" part). */
export type EvidenceItem = {
  sourceType: string;
  sourceId: string;
  title: string;
  /** Path in the web app (relative to its origin), e.g. /knowledge/<id>; '' when none. */
  link: string;
  points: number;
};

export type ContributionMember = {
  memberId: string;
  employeeNumber: string | null;
  name: string;
  reading: string;
  active: boolean;
  departmentId: string | null;
  department: string | null;
  teamIds: string[];
  teams: string[];
  roles: Role[];
};

export type ContributionFacts = {
  categoryPoints: Partial<Record<PointCategory, number>>;
  activity: Partial<Record<ActivityCount, number>>;
  /** Sum of the approved stories' hours saved per month (exact, rounded when built). */
  hoursSaved: number;
  badgesEarned: number;
  evidence: EvidenceItem[];
};

export type ContributionRow = ContributionMember & {
  totalPoints: number;
  categoryPoints: Record<PointCategory, number>;
  activity: Record<ActivityCount, number>;
  hoursSaved: number;
  badgesEarned: number;
  /** Within the member's department (null without a department). */
  departmentRank: number | null;
  departmentPercentile: number | null;
  companyRank: number;
  companyPercentile: number;
  /** 0–100, see contributionScore. */
  score: number;
  evidence: EvidenceItem[];
};

export const EVIDENCE_LIMIT = 5;

const roundHours1 = (hours: number): number => Math.floor(hours * 10 + 0.5 + 1e-9) / 10;

/**
 * Rows for every member of the population (ranks are computed over all of them, whatever
 * filter the export applies later), ordered by employee number (members without one last),
 * then reading, then id: a stable order, so two renderings of the same rows are identical.
 */
export const buildContributionRows = (
  members: readonly ContributionMember[],
  facts: ReadonlyMap<string, ContributionFacts>,
): ContributionRow[] => {
  // Totals and ranks first, then each row as one literal (no spread copies, no fields that
  // change type later): at 10,000 members this is what keeps an open period's export fast.
  const totals = members.map((m) => {
    const points = facts.get(m.memberId)?.categoryPoints;
    let sum = 0;
    for (const c of POINT_CATEGORIES) sum += points?.[c] ?? 0;
    return sum;
  });
  const company = rankWithin(totals);
  const max = totals.reduce((m, p) => Math.max(m, p), 0);
  const byDepartment = new Map<string, number[]>();
  members.forEach((m, i) => {
    if (!m.departmentId) return;
    const list = byDepartment.get(m.departmentId);
    if (list) list.push(i);
    else byDepartment.set(m.departmentId, [i]);
  });
  const department = new Array<Scored | null>(members.length).fill(null);
  for (const indexes of byDepartment.values()) {
    const ranked = rankWithin(indexes.map((i) => totals[i]));
    indexes.forEach((index, k) => {
      department[index] = ranked[k];
    });
  }
  const rows = members.map((m, i): ContributionRow => {
    const f = facts.get(m.memberId);
    const categoryPoints = {} as Record<PointCategory, number>;
    for (const c of POINT_CATEGORIES) categoryPoints[c] = f?.categoryPoints[c] ?? 0;
    const activity = {} as Record<ActivityCount, number>;
    for (const a of ACTIVITY_COUNTS) activity[a] = f?.activity[a] ?? 0;
    // Key order as before: snapshots store rows as JSON.
    return {
      memberId: m.memberId,
      employeeNumber: m.employeeNumber,
      name: m.name,
      reading: m.reading,
      active: m.active,
      departmentId: m.departmentId,
      department: m.department,
      teamIds: [...m.teamIds],
      teams: [...m.teams],
      roles: [...m.roles],
      totalPoints: totals[i],
      categoryPoints,
      activity,
      hoursSaved: roundHours1(f?.hoursSaved ?? 0),
      badgesEarned: f?.badgesEarned ?? 0,
      evidence: (f?.evidence ?? []).slice(0, EVIDENCE_LIMIT),
      departmentRank: department[i]?.rank ?? null,
      departmentPercentile: department[i]?.percentile ?? null,
      companyRank: company[i].rank,
      companyPercentile: company[i].percentile,
      score: contributionScore(totals[i], max),
    };
  });
  return rows.sort(compareRows);
};

const compareRows = (a: ContributionRow, b: ContributionRow): number => {
  if (a.employeeNumber !== b.employeeNumber) {
    if (a.employeeNumber === null) return 1;
    if (b.employeeNumber === null) return -1;
    return a.employeeNumber < b.employeeNumber ? -1 : 1;
  }
  if (a.reading !== b.reading) return a.reading < b.reading ? -1 : 1;
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
};

// ---------------------------------------------------------------- columns

export type ExportColumn<T> = {
  key: string;
  label: { ja: string; en: string };
  value: (row: T, locale: Locale) => CellValue;
};

const blankIfNull = (v: number | null): CellValue => (v === null ? '' : v);

export const CONTRIBUTION_COLUMNS: readonly ExportColumn<ContributionRow>[] = [
  {
    key: 'employeeNumber',
    label: { ja: '社員番号', en: 'Employee number' },
    value: (r) => r.employeeNumber ?? '',
  },
  { key: 'name', label: { ja: '氏名', en: 'Name' }, value: (r) => r.name },
  { key: 'reading', label: { ja: 'よみがな', en: 'Reading' }, value: (r) => r.reading },
  { key: 'department', label: { ja: '部署', en: 'Department' }, value: (r) => r.department ?? '' },
  { key: 'teams', label: { ja: 'チーム', en: 'Teams' }, value: (r) => r.teams.join('、') },
  {
    key: 'roles',
    label: { ja: '役割', en: 'Roles' },
    value: (r, locale) => r.roles.map((role) => ROLE_LABELS[role][locale]).join('、'),
  },
  {
    key: 'active',
    label: { ja: '在籍', en: 'Active' },
    value: (r, locale) =>
      locale === 'ja' ? (r.active ? '在籍' : '退職・無効') : r.active ? 'yes' : 'no',
  },
  {
    key: 'totalPoints',
    label: { ja: '合計ポイント', en: 'Total points' },
    value: (r) => r.totalPoints,
  },
  ...POINT_CATEGORIES.map((c): ExportColumn<ContributionRow> => ({
    key: `points.${c}`,
    label: {
      ja: `${POINT_CATEGORY_LABELS[c].ja}ポイント`,
      en: `${POINT_CATEGORY_LABELS[c].en} points`,
    },
    value: (r) => r.categoryPoints[c],
  })),
  ...ACTIVITY_COUNTS.map((a): ExportColumn<ContributionRow> => ({
    key: `activity.${a}`,
    label: ACTIVITY_LABELS[a],
    value: (r) => r.activity[a],
  })),
  {
    key: 'hoursSaved',
    label: { ja: '削減時間（時間/月）', en: 'Hours saved per month' },
    value: (r) => r.hoursSaved,
  },
  {
    key: 'badgesEarned',
    label: { ja: '獲得バッジ数', en: 'Badges earned' },
    value: (r) => r.badgesEarned,
  },
  {
    key: 'departmentRank',
    label: { ja: '部署内順位', en: 'Department rank' },
    value: (r) => blankIfNull(r.departmentRank),
  },
  {
    key: 'departmentPercentile',
    label: { ja: '部署内パーセンタイル', en: 'Department percentile' },
    value: (r) => blankIfNull(r.departmentPercentile),
  },
  {
    key: 'companyRank',
    label: { ja: '全社順位', en: 'Company rank' },
    value: (r) => r.companyRank,
  },
  {
    key: 'companyPercentile',
    label: { ja: '全社パーセンタイル', en: 'Company percentile' },
    value: (r) => r.companyPercentile,
  },
  { key: 'score', label: { ja: 'スコア（0-100）', en: 'Score (0–100)' }, value: (r) => r.score },
];

export type EvidenceLine = { row: ContributionRow; item: EvidenceItem; position: number };

export const EVIDENCE_COLUMNS: readonly ExportColumn<EvidenceLine>[] = [
  {
    key: 'employeeNumber',
    label: { ja: '社員番号', en: 'Employee number' },
    value: (l) => l.row.employeeNumber ?? '',
  },
  { key: 'name', label: { ja: '氏名', en: 'Name' }, value: (l) => l.row.name },
  { key: 'position', label: { ja: '順位', en: 'Position' }, value: (l) => l.position },
  {
    key: 'sourceType',
    label: { ja: '種類', en: 'Type' },
    value: (l, locale) => sourceTypeLabel(l.item.sourceType, locale),
  },
  { key: 'title', label: { ja: 'タイトル', en: 'Title' }, value: (l) => l.item.title },
  { key: 'points', label: { ja: 'ポイント', en: 'Points' }, value: (l) => l.item.points },
  { key: 'link', label: { ja: 'リンク', en: 'Link' }, value: (l) => l.item.link },
];

const SOURCE_TYPE_LABELS: Record<string, { ja: string; en: string }> = {
  knowledgePost: { ja: 'ナレッジ', en: 'Knowledge post' },
  template: { ja: 'テンプレート', en: 'Template' },
  story: { ja: '成功事例', en: 'Success story' },
  kudos: { ja: '称賛', en: 'Kudos' },
  badge: { ja: 'バッジ', en: 'Badge' },
  challenge: { ja: 'チャレンジ', en: 'Challenge' },
  manual: { ja: '手動調整', en: 'Manual adjustment' },
};

export const sourceTypeLabel = (sourceType: string, locale: Locale): string =>
  SOURCE_TYPE_LABELS[sourceType]?.[locale] ?? sourceType;

/** Web-app path of a contribution's source; '' for sources without a page. */
export const evidenceLink = (sourceType: string, sourceId: string): string => {
  switch (sourceType) {
    case 'knowledgePost':
      return `/knowledge/${sourceId}`;
    case 'template':
      return `/templates/${sourceId}`;
    case 'story':
      return `/stories/${sourceId}`;
    case 'challenge':
      return `/challenges/${sourceId}`;
    default:
      return '';
  }
};

/** Evidence lines of the rows, member by member in row order. */
export function* evidenceLines(rows: Iterable<ContributionRow>): Generator<EvidenceLine> {
  for (const row of rows) {
    let position = 0;
    for (const item of row.evidence) {
      position += 1;
      yield { row, item, position };
    }
  }
}

// ---------------------------------------------------------------- inputs

export const EXPORT_FORMATS = ['CSV', 'CSV_SJIS', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A format name as typed on the command line or sent by a client (csv, CSV_SJIS, xlsx …). */
export const parseExportFormat = (value: string): Result<ExportFormat> => {
  const normalized = value.trim().toUpperCase().replace(/-/g, '_');
  const alias = normalized === 'SJIS' || normalized === 'CP932' ? 'CSV_SJIS' : normalized;
  return (EXPORT_FORMATS as readonly string[]).includes(alias)
    ? ok(alias as ExportFormat)
    : fail([
        fieldError(
          'format',
          'export.unknownFormat',
          `Unknown export format "${value}": use one of ${EXPORT_FORMATS.join(', ')} (csv, csv_sjis, xlsx).`,
        ),
      ]);
};

/**
 * A preset key as people type it: FY2026-H1, 2026-H1, 2026-q3, fy2026h2 → FY2026-H1 …;
 * null when it is not a fiscal half or quarter.
 */
export const normalizePresetKey = (value: string): string | null => {
  const m = /^(?:FY)?\s*(\d{4})\s*-?\s*([HQ])([1-4])$/i.exec(value.trim());
  if (!m) return null;
  const kind = m[2].toUpperCase();
  const n = Number(m[3]);
  if (kind === 'H' && n > 2) return null;
  return `FY${m[1]}-${kind}${n}`;
};
