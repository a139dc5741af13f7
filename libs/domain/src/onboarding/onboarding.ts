// Onboarding quests (はじめの一歩): a short checklist that walks a new member through the
// actions that make the platform useful. Each step is a yes/no reading of a badge metric, so
// the same member metrics decide steps and badges.
import type { BadgeMetric, Bilingual } from '../badges/badge-criteria';

export const ONBOARDING_STEP_KEYS = [
  'acknowledgeGuideline',
  'useTemplate',
  'likePost',
  'publishPost',
  'giveKudos',
] as const;
export type OnboardingStepKey = (typeof ONBOARDING_STEP_KEYS)[number];

export type OnboardingStepDefinition = {
  key: OnboardingStepKey;
  /** Done when this all-time metric is at least 1. */
  metric: BadgeMetric;
  title: Bilingual;
  hint: Bilingual;
};

export const ONBOARDING_STEPS: readonly OnboardingStepDefinition[] = Object.freeze([
  {
    key: 'acknowledgeGuideline',
    metric: 'guidelineAcknowledged',
    title: { ja: 'ガイドラインを読んで確認する', en: 'Read and acknowledge the guideline' },
    hint: {
      ja: '入力してはいけない情報と、最後に人が確認することを押さえましょう',
      en: 'Learn what never to input and the final human check',
    },
  },
  {
    key: 'useTemplate',
    metric: 'templatesUsed',
    title: { ja: '同僚のテンプレートを使ってみる', en: "Use a colleague's template" },
    hint: { ja: '穴埋めしてコピーするだけでOK', en: 'Fill in the blanks and copy' },
  },
  {
    key: 'likePost',
    metric: 'likesGiven',
    title: { ja: '役に立った投稿に「役に立った」を押す', en: 'Like a helpful post' },
    hint: { ja: '書いた人の励みになります', en: 'It encourages the author' },
  },
  {
    key: 'publishPost',
    metric: 'postsPublished',
    title: { ja: '最初の投稿を公開する', en: 'Publish your first post' },
    hint: {
      ja: '小さな工夫やプロンプトひとつでも立派なナレッジです',
      en: 'A small tip or a single prompt is knowledge too',
    },
  },
  {
    key: 'giveKudos',
    metric: 'kudosGiven',
    title: { ja: '同僚に初めての称賛を贈る', en: 'Give your first kudos' },
    hint: { ja: '助けてもらったことに「ありがとう」を', en: 'Say thanks for help you received' },
  },
]);

export type OnboardingStepStatus = OnboardingStepDefinition & { done: boolean };

export type OnboardingStatus = {
  steps: OnboardingStepStatus[];
  doneCount: number;
  total: number;
  complete: boolean;
};

/** `allTimeValue` reads the member's all-time metric value. */
export const evaluateOnboarding = (
  allTimeValue: (metric: BadgeMetric) => number,
): OnboardingStatus => {
  const steps = ONBOARDING_STEPS.map((step) => ({ ...step, done: allTimeValue(step.metric) >= 1 }));
  const doneCount = steps.filter((s) => s.done).length;
  return { steps, doneCount, total: steps.length, complete: doneCount === steps.length };
};
