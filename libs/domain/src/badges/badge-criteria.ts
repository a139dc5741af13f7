// Badge criteria are data: { metric, threshold, period, scope }. Built-in and admin-made
// badges use the same building blocks, and the same pure functions decide what is earned.
import { PERIOD_KINDS, type PeriodKind } from '../periods/period';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

/** What a criterion measures for one member. */
export const BADGE_METRICS = [
  'postsPublished',
  'viewsReceived',
  'likesReceived',
  'reusesReceived',
  'forksReceived',
  'storiesApproved',
  'hoursSaved',
  'kudosGiven',
  'kudosReceived',
  'templatesUsed',
  'likesGiven',
  'weeklyStreak',
  'guidelineAcknowledged',
  'onboardingComplete',
  'ambassador',
  'challengeWins',
  /** Never reached automatically: the badge is only awarded by an admin. */
  'manual',
] as const;
export type BadgeMetric = (typeof BADGE_METRICS)[number];

/** The window the metric is counted in: all time, or the current period of that kind. */
export const BADGE_PERIODS = ['allTime', ...PERIOD_KINDS] as const;
export type BadgePeriod = 'allTime' | PeriodKind;

export const BADGE_SCOPES = ['member'] as const;
export type BadgeScope = (typeof BADGE_SCOPES)[number];

export const BADGE_TIERS = ['bronze', 'silver', 'gold'] as const;
export type BadgeTier = (typeof BADGE_TIERS)[number];

export type Bilingual = { ja: string; en: string };

export const BADGE_TIER_LABELS: Record<BadgeTier, Bilingual> = {
  bronze: { ja: 'ブロンズ', en: 'Bronze' },
  silver: { ja: 'シルバー', en: 'Silver' },
  gold: { ja: 'ゴールド', en: 'Gold' },
};

type MetricInfo = {
  label: Bilingual;
  /** Counter unit for 「あと3回で…」. */
  unit: Bilingual;
  /** Whether the metric can be counted in a period (a count of dated events). */
  periodic: boolean;
  /** Yes/no metrics (0 or 1): only threshold 1 can be reached. */
  boolean: boolean;
};

export const BADGE_METRIC_INFO: Record<BadgeMetric, MetricInfo> = {
  postsPublished: {
    label: {
      ja: '公開した投稿（ナレッジ・テンプレート）',
      en: 'Posts published (knowledge and templates)',
    },
    unit: { ja: '件', en: '' },
    periodic: true,
    boolean: false,
  },
  viewsReceived: {
    label: { ja: '閲覧された回数', en: 'Views received' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  likesReceived: {
    label: { ja: '「役に立った」をもらった数', en: 'Likes received' },
    unit: { ja: '件', en: '' },
    periodic: true,
    boolean: false,
  },
  reusesReceived: {
    label: { ja: 'テンプレートが使われた回数', en: 'Template reuses received' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  forksReceived: {
    label: { ja: 'テンプレートがフォークされた回数', en: 'Template forks received' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  storiesApproved: {
    label: { ja: '承認された成功事例', en: 'Success stories approved' },
    unit: { ja: '件', en: '' },
    periodic: true,
    boolean: false,
  },
  hoursSaved: {
    label: { ja: '成功事例による削減時間（時間/月）', en: 'Hours saved per month by my stories' },
    unit: { ja: '時間', en: ' h' },
    periodic: true,
    boolean: false,
  },
  kudosGiven: {
    label: { ja: '贈った称賛', en: 'Kudos given' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  kudosReceived: {
    label: { ja: 'もらった称賛', en: 'Kudos received' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  templatesUsed: {
    label: { ja: '同僚のテンプレートを使った回数', en: "Colleagues' templates used" },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  likesGiven: {
    label: { ja: '「役に立った」を押した数', en: 'Likes given' },
    unit: { ja: '回', en: '' },
    periodic: true,
    boolean: false,
  },
  weeklyStreak: {
    label: { ja: '連続して貢献した週', en: 'Consecutive weeks with a contribution' },
    unit: { ja: '週', en: ' weeks' },
    periodic: false,
    boolean: false,
  },
  guidelineAcknowledged: {
    label: { ja: 'ガイドラインを確認した', en: 'Guideline acknowledged' },
    unit: { ja: '', en: '' },
    periodic: false,
    boolean: true,
  },
  onboardingComplete: {
    label: { ja: 'はじめの一歩を完了した', en: 'Onboarding quests completed' },
    unit: { ja: '', en: '' },
    periodic: false,
    boolean: true,
  },
  ambassador: {
    label: { ja: 'アンバサダーである', en: 'Is an ambassador' },
    unit: { ja: '', en: '' },
    periodic: false,
    boolean: true,
  },
  challengeWins: {
    label: { ja: 'チャレンジ優勝回数', en: 'Challenges won' },
    unit: { ja: '回', en: '' },
    periodic: false,
    boolean: false,
  },
  manual: {
    label: { ja: '管理者が手動で授与', en: 'Awarded by an admin' },
    unit: { ja: '', en: '' },
    periodic: false,
    boolean: true,
  },
};

export type BadgeLevel = { tier: BadgeTier | null; threshold: number; points: number };

export type BadgeDefinition = {
  /** Stable key: camelCase for built-ins, `c-<uuid>` for an organization's own badges. */
  code: string;
  name: Bilingual;
  description: Bilingual;
  metric: BadgeMetric;
  period: BadgePeriod;
  scope: BadgeScope;
  /** Ascending thresholds; one level with tier null for an untiered badge. */
  levels: readonly BadgeLevel[];
  custom: boolean;
};

export const isBadgeMetric = (v: unknown): v is BadgeMetric =>
  typeof v === 'string' && (BADGE_METRICS as readonly string[]).includes(v);

export const isBadgePeriod = (v: unknown): v is BadgePeriod =>
  typeof v === 'string' && (BADGE_PERIODS as readonly string[]).includes(v);

export const isBadgeTier = (v: unknown): v is BadgeTier =>
  typeof v === 'string' && (BADGE_TIERS as readonly string[]).includes(v);

export const BADGE_THRESHOLD_MAX = 1_000_000;
export const BADGE_POINTS_MAX = 1_000;
export const BADGE_NAME_MAX = 60;
export const BADGE_DESCRIPTION_MAX = 200;

export type CustomBadgeInput = {
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  metric: string;
  period: string;
  threshold: number;
  points: number;
};

export type CustomBadgeDraft = Omit<BadgeDefinition, 'code' | 'custom'>;

const text = (
  field: string,
  value: string,
  max: number,
  required: boolean,
  errors: FieldError[],
): string => {
  const v = (value ?? '').normalize('NFC').trim();
  if (required && v.length === 0) {
    errors.push(fieldError(field, 'badge.required', 'Enter a value.'));
  } else if ([...v].length > max) {
    errors.push(fieldError(field, 'badge.tooLong', `Use at most ${max} characters.`));
  }
  return v;
};

/** Validates an admin's badge: same criterion building blocks as the built-in catalogue. */
export const validateCustomBadge = (input: CustomBadgeInput): Result<CustomBadgeDraft> => {
  const errors: FieldError[] = [];
  const nameJa = text('nameJa', input.nameJa, BADGE_NAME_MAX, true, errors);
  const nameEn = text('nameEn', input.nameEn, BADGE_NAME_MAX, true, errors);
  const descriptionJa = text(
    'descriptionJa',
    input.descriptionJa,
    BADGE_DESCRIPTION_MAX,
    false,
    errors,
  );
  const descriptionEn = text(
    'descriptionEn',
    input.descriptionEn,
    BADGE_DESCRIPTION_MAX,
    false,
    errors,
  );
  const metric = input.metric;
  if (!isBadgeMetric(metric)) {
    errors.push(fieldError('metric', 'badge.unknownMetric', `Unknown metric "${String(metric)}".`));
  }
  if (!isBadgePeriod(input.period)) {
    errors.push(
      fieldError('period', 'badge.unknownPeriod', `Unknown period "${String(input.period)}".`),
    );
  } else if (
    isBadgeMetric(metric) &&
    input.period !== 'allTime' &&
    !BADGE_METRIC_INFO[metric].periodic
  ) {
    errors.push(
      fieldError(
        'period',
        'badge.periodNotSupported',
        'This metric is only counted over all time.',
      ),
    );
  }
  const { threshold, points } = input;
  if (!Number.isInteger(threshold) || threshold <= 0 || threshold > BADGE_THRESHOLD_MAX) {
    errors.push(
      fieldError(
        'threshold',
        'badge.thresholdInvalid',
        `Enter a whole number from 1 to ${BADGE_THRESHOLD_MAX.toLocaleString('en-US')}.`,
      ),
    );
  } else if (isBadgeMetric(metric) && BADGE_METRIC_INFO[metric].boolean && threshold !== 1) {
    errors.push(
      fieldError(
        'threshold',
        'badge.thresholdUnreachable',
        'This yes/no metric needs threshold 1.',
      ),
    );
  }
  if (!Number.isInteger(points) || points < 0 || points > BADGE_POINTS_MAX) {
    errors.push(
      fieldError(
        'points',
        'badge.pointsInvalid',
        `Enter a whole number from 0 to ${BADGE_POINTS_MAX}.`,
      ),
    );
  }
  if (errors.length > 0) return fail(errors);
  return ok({
    name: { ja: nameJa, en: nameEn },
    description: { ja: descriptionJa, en: descriptionEn },
    metric: metric as BadgeMetric,
    period: input.period as BadgePeriod,
    scope: 'member',
    levels: [{ tier: null, threshold, points }],
  });
};

/** Name with the tier: 「投稿者 シルバー」 / "Author Silver". */
export const badgeDisplayName = (
  def: Pick<BadgeDefinition, 'name'>,
  tier: BadgeTier | null,
): Bilingual =>
  tier
    ? {
        ja: `${def.name.ja} ${BADGE_TIER_LABELS[tier].ja}`,
        en: `${def.name.en} ${BADGE_TIER_LABELS[tier].en}`,
      }
    : { ...def.name };
