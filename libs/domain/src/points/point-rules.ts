// Point rules: what each event earns, per organization, versioned. A rule change creates a new
// version that applies to events recorded after it; every ledger entry records the version
// that paid it, so HR can explain any score with the rules then in force.
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const POINT_EVENT_KINDS = [
  'knowledgePublished',
  'viewReceived',
  'likeReceived',
  'templatePublished',
  'templateReused',
  'templateForked',
  'storyApproved',
  'storyTemplateBonus',
  'knowledgeReviewed',
  // Reserved for the recognition issue (kudos, badges, challenges) and admin corrections.
  'kudosReceived',
  'badgeAwarded',
  'challengeWon',
  'manualAdjustment',
] as const;
export type PointEventKind = (typeof POINT_EVENT_KINDS)[number];

/** The columns of the HR export ("points per category"). */
export const POINT_CATEGORIES = [
  'posts',
  'views',
  'likes',
  'reuses',
  'forks',
  'stories',
  'kudos',
  'badges',
  'challenges',
  'maintenance',
  'adjustments',
] as const;
export type PointCategory = (typeof POINT_CATEGORIES)[number];

export const POINT_CATEGORY_LABELS: Record<PointCategory, { ja: string; en: string }> = {
  posts: { ja: '投稿', en: 'Posts' },
  views: { ja: '閲覧', en: 'Views' },
  likes: { ja: '役に立った', en: 'Likes' },
  reuses: { ja: 'テンプレート再利用', en: 'Template reuses' },
  forks: { ja: 'フォーク', en: 'Forks' },
  stories: { ja: '成功事例', en: 'Success stories' },
  kudos: { ja: '称賛', en: 'Kudos' },
  badges: { ja: 'バッジ', en: 'Badges' },
  challenges: { ja: 'チャレンジ', en: 'Challenges' },
  maintenance: { ja: 'ナレッジ見直し', en: 'Content reviews' },
  adjustments: { ja: '調整', en: 'Adjustments' },
};

export const POINT_EVENT_LABELS: Record<PointEventKind, { ja: string; en: string }> = {
  knowledgePublished: { ja: 'ナレッジ公開', en: 'Knowledge post published' },
  viewReceived: { ja: '閲覧された', en: 'View received' },
  likeReceived: { ja: '「役に立った」をもらった', en: 'Like received' },
  templatePublished: { ja: 'テンプレート公開', en: 'Template published' },
  templateReused: { ja: 'テンプレートが使われた', en: 'Template reused by a colleague' },
  templateForked: { ja: 'テンプレートがフォークされた', en: 'Template forked by a colleague' },
  storyApproved: { ja: '成功事例が承認された', en: 'Success story approved' },
  storyTemplateBonus: {
    ja: '成功事例でテンプレートが使われた',
    en: 'Template used in a success story',
  },
  knowledgeReviewed: { ja: 'ナレッジを見直した', en: 'Knowledge post reviewed' },
  kudosReceived: { ja: '称賛をもらった', en: 'Kudos received' },
  badgeAwarded: { ja: 'バッジ獲得', en: 'Badge earned' },
  challengeWon: { ja: 'チャレンジ優勝', en: 'Challenge won' },
  manualAdjustment: { ja: '手動調整', en: 'Manual adjustment' },
};

/** The kind of object an event is about (the ledger's "source"). */
export const POINT_SOURCE_TYPES = [
  'knowledgePost',
  'template',
  'story',
  'kudos',
  'badge',
  'challenge',
  'manual',
] as const;
export type PointSourceType = (typeof POINT_SOURCE_TYPES)[number];

/** The source each kind is about; decideAward refuses any other pairing as a programming error. */
export const POINT_EVENT_SOURCE: Record<PointEventKind, PointSourceType> = {
  knowledgePublished: 'knowledgePost',
  viewReceived: 'knowledgePost',
  likeReceived: 'knowledgePost',
  templatePublished: 'template',
  templateReused: 'template',
  // The template that was forked (the earner's), not the new copy.
  templateForked: 'template',
  storyApproved: 'story',
  // The approved story; one bonus per template author and template used.
  storyTemplateBonus: 'story',
  knowledgeReviewed: 'knowledgePost',
  kudosReceived: 'kudos',
  badgeAwarded: 'badge',
  challengeWon: 'challenge',
  manualAdjustment: 'manual',
};

export type PointRule = {
  points: number;
  /** Most points one earner may get from this kind per local day; null = no cap. */
  dailyCap: number | null;
  category: PointCategory;
};

export type PointRules = Record<PointEventKind, PointRule>;

export type PointRuleSet = { version: number; rules: PointRules };

/**
 * Kinds whose amount comes with the event (the badge's or challenge's points, the admin's
 * correction); their rule's `points` is only the default when the event carries none.
 */
export const VARIABLE_POINT_KINDS: readonly PointEventKind[] = [
  // kudosReceived: the rule's points after pair damping (see recognition/kudos.ts).
  'kudosReceived',
  'badgeAwarded',
  'challengeWon',
  'manualAdjustment',
];

// Passive income (views, likes, reuses) is capped so one viral post or a friendly circle cannot
// dominate the ranking; deliberate contributions (publishing, approved stories) are not.
export const DEFAULT_POINT_RULES: Readonly<PointRules> = Object.freeze({
  knowledgePublished: { points: 10, dailyCap: null, category: 'posts' },
  viewReceived: { points: 1, dailyCap: 50, category: 'views' },
  likeReceived: { points: 2, dailyCap: 30, category: 'likes' },
  templatePublished: { points: 10, dailyCap: null, category: 'posts' },
  templateReused: { points: 5, dailyCap: 50, category: 'reuses' },
  templateForked: { points: 3, dailyCap: 30, category: 'forks' },
  storyApproved: { points: 30, dailyCap: null, category: 'stories' },
  storyTemplateBonus: { points: 10, dailyCap: null, category: 'stories' },
  knowledgeReviewed: { points: 5, dailyCap: 10, category: 'maintenance' },
  kudosReceived: { points: 3, dailyCap: null, category: 'kudos' },
  badgeAwarded: { points: 0, dailyCap: null, category: 'badges' },
  challengeWon: { points: 0, dailyCap: null, category: 'challenges' },
  manualAdjustment: { points: 0, dailyCap: null, category: 'adjustments' },
} satisfies PointRules);

export const DEFAULT_POINT_RULE_SET: Readonly<PointRuleSet> = Object.freeze({
  version: 1,
  rules: DEFAULT_POINT_RULES,
});

export const RULE_POINTS_MAX = 1_000;
export const RULE_DAILY_CAP_MAX = 10_000;

/** What an admin may change: points and cap per kind. Categories are fixed. */
export type PointRulesPatch = Partial<
  Record<PointEventKind, { points?: number; dailyCap?: number | null }>
>;

export const isPointEventKind = (value: unknown): value is PointEventKind =>
  typeof value === 'string' && (POINT_EVENT_KINDS as readonly string[]).includes(value);

/** Points are whole numbers 0–1000; a cap is null (none) or a whole number 1–10,000. */
export const validatePointRules = (patch: PointRulesPatch): Result<PointRulesPatch> => {
  const errors: FieldError[] = [];
  const value: PointRulesPatch = {};
  for (const [kind, change] of Object.entries(patch)) {
    if (!isPointEventKind(kind)) {
      errors.push(
        fieldError(`rules.${kind}`, 'rules.unknownKind', `There is no point rule "${kind}".`),
      );
      continue;
    }
    if (change === undefined) continue;
    const clean: { points?: number; dailyCap?: number | null } = {};
    if (change.points !== undefined) {
      if (
        !Number.isInteger(change.points) ||
        change.points < 0 ||
        change.points > RULE_POINTS_MAX
      ) {
        errors.push(
          fieldError(
            `rules.${kind}.points`,
            'rules.invalidPoints',
            `Points must be a whole number from 0 to ${RULE_POINTS_MAX.toLocaleString('en-US')}.`,
          ),
        );
      } else clean.points = change.points;
    }
    if (change.dailyCap !== undefined) {
      const cap = change.dailyCap;
      if (cap !== null && (!Number.isInteger(cap) || cap < 1 || cap > RULE_DAILY_CAP_MAX)) {
        errors.push(
          fieldError(
            `rules.${kind}.dailyCap`,
            'rules.invalidDailyCap',
            `A daily cap must be empty (no cap) or a whole number from 1 to ${RULE_DAILY_CAP_MAX.toLocaleString('en-US')}.`,
          ),
        );
      } else clean.dailyCap = cap;
    }
    value[kind] = clean;
  }
  return errors.length > 0 ? fail(errors) : ok(value);
};

/**
 * The next rule set after a validated patch: version + 1 when anything changes, the same set
 * (same version) when the patch changes nothing, so saving an unchanged form adds no version.
 */
export const applyPointRulesPatch = (
  current: PointRuleSet,
  patch: PointRulesPatch,
): PointRuleSet => {
  let changed = false;
  const rules = { ...current.rules };
  for (const kind of POINT_EVENT_KINDS) {
    const change = patch[kind];
    if (change === undefined) continue;
    const before = rules[kind];
    const after: PointRule = {
      points: change.points ?? before.points,
      dailyCap: change.dailyCap === undefined ? before.dailyCap : change.dailyCap,
      category: before.category,
    };
    if (after.points !== before.points || after.dailyCap !== before.dailyCap) {
      rules[kind] = after;
      changed = true;
    }
  }
  return changed ? { version: current.version + 1, rules } : current;
};
