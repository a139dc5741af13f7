// The built-in badge catalogue (バッジ). Every badge is a criterion on one metric; tiered
// badges have bronze/silver/gold thresholds, each tier earned (and paid) once.
import type {
  BadgeDefinition,
  BadgeLevel,
  BadgeMetric,
  BadgePeriod,
  Bilingual,
} from './badge-criteria';

// Built-in badges pay no points: they recognize, and every exact point total elsewhere (HR
// exports, leaderboards, challenges) stays what the point rules say. An organization's own
// badges (and manual awards of them) may pay points: see validateCustomBadge.
const tiers = (bronze: number, silver: number, gold: number): BadgeLevel[] => [
  { tier: 'bronze', threshold: bronze, points: 0 },
  { tier: 'silver', threshold: silver, points: 0 },
  { tier: 'gold', threshold: gold, points: 0 },
];

const once = (threshold: number): BadgeLevel[] => [{ tier: null, threshold, points: 0 }];

const badge = (
  code: string,
  name: Bilingual,
  description: Bilingual,
  metric: BadgeMetric,
  levels: BadgeLevel[],
  period: BadgePeriod = 'allTime',
): BadgeDefinition => ({
  code,
  name,
  description,
  metric,
  period,
  scope: 'member',
  levels,
  custom: false,
});

export const BUILT_IN_BADGES: readonly BadgeDefinition[] = Object.freeze([
  badge(
    'firstPost',
    { ja: 'はじめての投稿', en: 'First post' },
    {
      ja: 'ナレッジかテンプレートを初めて公開した',
      en: 'Published a first knowledge post or template',
    },
    'postsPublished',
    once(1),
  ),
  badge(
    'author',
    { ja: '投稿者', en: 'Author' },
    { ja: 'ナレッジやテンプレートを公開した数', en: 'Knowledge posts and templates published' },
    'postsPublished',
    tiers(5, 20, 50),
  ),
  badge(
    'monthlyAuthor',
    { ja: '今月の書き手', en: 'Author of the month' },
    { ja: 'ひと月に3件以上公開した', en: 'Published 3 or more in one month' },
    'postsPublished',
    once(3),
    'month',
  ),
  badge(
    'fiscalYearAuthor',
    { ja: '年度の書き手', en: 'Author of the year' },
    { ja: '一つの年度に12件以上公開した', en: 'Published 12 or more in one fiscal year' },
    'postsPublished',
    once(12),
    'fiscalYear',
  ),
  badge(
    'wellRead',
    { ja: 'よく読まれる', en: 'Well read' },
    { ja: '投稿が同僚に閲覧された回数', en: 'Views of my posts by colleagues' },
    'viewsReceived',
    tiers(50, 500, 2000),
  ),
  badge(
    'firstLike',
    { ja: 'はじめての「役に立った」', en: 'First like' },
    { ja: '投稿に初めて「役に立った」をもらった', en: 'A colleague found a post useful' },
    'likesReceived',
    once(1),
  ),
  badge(
    'helpful',
    { ja: '役に立つ人', en: 'Helpful' },
    { ja: '「役に立った」をもらった数', en: 'Likes received' },
    'likesReceived',
    tiers(10, 50, 200),
  ),
  badge(
    'firstReuse',
    { ja: 'はじめての再利用', en: 'First reuse' },
    { ja: 'テンプレートが初めて同僚に使われた', en: 'A colleague used one of my templates' },
    'reusesReceived',
    once(1),
  ),
  badge(
    'templateMaster',
    { ja: 'テンプレート職人', en: 'Template master' },
    { ja: 'テンプレートが同僚に使われた回数', en: 'Reuses of my templates by colleagues' },
    'reusesReceived',
    tiers(10, 50, 200),
  ),
  badge(
    'forked',
    { ja: '改良の種', en: 'Seed of improvement' },
    { ja: 'テンプレートがフォークされた回数', en: 'Forks of my templates' },
    'forksReceived',
    tiers(3, 10, 30),
  ),
  badge(
    'firstStory',
    { ja: 'はじめての成功事例', en: 'First success story' },
    { ja: '成功事例が初めて承認された', en: 'A first success story was approved' },
    'storiesApproved',
    once(1),
  ),
  badge(
    'storyteller',
    { ja: '成功事例の語り手', en: 'Storyteller' },
    { ja: '承認された成功事例の数', en: 'Success stories approved' },
    'storiesApproved',
    tiers(3, 10, 25),
  ),
  badge(
    'timeSaver',
    { ja: '時短の達人', en: 'Time saver' },
    {
      ja: '承認された成功事例による削減時間（時間/月）',
      en: 'Hours per month saved by my approved stories',
    },
    'hoursSaved',
    tiers(10, 50, 200),
  ),
  badge(
    'firstKudos',
    { ja: 'はじめての称賛', en: 'First kudos' },
    { ja: '同僚に初めて称賛を贈った', en: 'Gave a colleague kudos for the first time' },
    'kudosGiven',
    once(1),
  ),
  badge(
    'cheerleader',
    { ja: '称賛上手', en: 'Cheerleader' },
    { ja: '同僚に贈った称賛の数', en: 'Kudos given to colleagues' },
    'kudosGiven',
    tiers(5, 25, 100),
  ),
  badge(
    'appreciated',
    { ja: '感謝される人', en: 'Appreciated' },
    { ja: '同僚からもらった称賛の数', en: 'Kudos received from colleagues' },
    'kudosReceived',
    tiers(5, 25, 100),
  ),
  badge(
    'weeklyStreak',
    { ja: '継続は力なり', en: 'Steady contributor' },
    {
      ja: '連続して貢献した週の数（投稿・再利用・称賛など）',
      en: 'Consecutive ISO weeks with a contribution (posts, reuses, kudos …)',
    },
    'weeklyStreak',
    tiers(4, 12, 26),
  ),
  badge(
    'guidelineAcknowledged',
    { ja: 'ルールを知る人', en: 'Rule aware' },
    { ja: '生成AI利用ガイドラインを確認した', en: 'Read and acknowledged the AI usage guideline' },
    'guidelineAcknowledged',
    once(1),
  ),
  badge(
    'onboardingComplete',
    { ja: 'はじめの一歩', en: 'First steps' },
    {
      ja: 'はじめの一歩（オンボーディング）をすべて完了した',
      en: 'Completed every onboarding quest',
    },
    'onboardingComplete',
    once(1),
  ),
  badge(
    'ambassador',
    { ja: 'アンバサダー', en: 'Ambassador' },
    {
      ja: '部署の推進リーダーとして同僚を支えている',
      en: 'Supports colleagues as a department ambassador',
    },
    'ambassador',
    once(1),
  ),
  badge(
    'challengeWinner',
    { ja: 'チャレンジ優勝', en: 'Challenge winner' },
    { ja: 'チームで月間チャレンジに優勝した', en: 'Won a team challenge' },
    'challengeWins',
    tiers(1, 3, 10),
  ),
  badge(
    'curious',
    { ja: '使ってみる人', en: 'Explorer' },
    { ja: '同僚のテンプレートを使った回数', en: "Colleagues' templates used" },
    'templatesUsed',
    tiers(5, 25, 100),
  ),
]);

export const BUILT_IN_BADGE_CODES: ReadonlySet<string> = new Set(
  BUILT_IN_BADGES.map((b) => b.code),
);
