// Member metrics from facts the API loads in a few indexed queries (usage counts per kind and
// local day, approved stories, flags), and the decisions built on them: which badge tiers are
// earned, and the progress to the next tier (「あと3回でシルバー」).
//
// Earned badges stay earned: a later reversal (a post unpublished, a story returned) lowers no
// metric that was already crossed, and nothing here ever takes a badge back.
import type { PointEventKind } from '../points/point-rules';
import { periodOf, type PeriodSettings } from '../periods/period';
import { localDate } from '../periods/zoned-time';
import { hoursSavedPerMonth } from '../stories/hours-saved';
import { evaluateOnboarding, type OnboardingStatus } from '../onboarding/onboarding';
import {
  BADGE_METRIC_INFO,
  BADGE_TIER_LABELS,
  type BadgeDefinition,
  type BadgeLevel,
  type BadgeMetric,
  type BadgePeriod,
  type BadgeTier,
} from './badge-criteria';
import { weeklyStreaks, type WeeklyStreaks } from './streaks';

/** Usage events of one kind on one local day (only genuine ones: see GENUINE_USAGE). */
export type UsageDayCount = { kind: string; localDay: string; count: number };

export type ApprovedStoryFacts = {
  approvedAt: Date;
  minutesBefore: number;
  minutesAfter: number;
  occurrencesPerMonth: number;
};

export type MemberActivity = {
  /** Usage events where the member is the earner (their content was viewed, liked …). */
  received: readonly UsageDayCount[];
  /** Usage events where the member is the actor (they published, reused, liked, gave kudos). */
  performed: readonly UsageDayCount[];
  approvedStories: readonly ApprovedStoryFacts[];
  guidelineAcknowledged: boolean;
  ambassador: boolean;
  challengeWins: number;
};

/**
 * Which usage events count toward metrics: counted ones, and those left unpaid only because of
 * a daily cap or a zero rule (the view still happened). Self-actions, same-day duplicates and
 * credits over the per-colleague weekly cap never count, so a member cannot farm a badge.
 */
export const GENUINE_UNCOUNTED_REASONS = ['dailyCapReached', 'zeroRule'] as const;

/** Usage kinds counted per metric, with the member as earner. */
export const RECEIVED_KINDS: Partial<Record<BadgeMetric, readonly PointEventKind[]>> = {
  viewsReceived: ['viewReceived'],
  likesReceived: ['likeReceived'],
  reusesReceived: ['templateReused'],
  forksReceived: ['templateForked'],
  kudosReceived: ['kudosReceived'],
};

/** Usage kinds counted per metric, with the member as actor. */
export const PERFORMED_KINDS: Partial<Record<BadgeMetric, readonly PointEventKind[]>> = {
  postsPublished: ['knowledgePublished', 'templatePublished'],
  kudosGiven: ['kudosReceived'],
  templatesUsed: ['templateReused'],
  likesGiven: ['likeReceived'],
};

/** A week counts for the streak when the member did one of these (as actor) … */
export const STREAK_PERFORMED_KINDS: readonly PointEventKind[] = [
  'knowledgePublished',
  'templatePublished',
  'templateReused',
  'templateForked',
  'likeReceived',
  'kudosReceived',
  'knowledgeReviewed',
];
/** … or had a success story approved (as earner). */
export const STREAK_RECEIVED_KINDS: readonly PointEventKind[] = ['storyApproved'];

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** Every kind the API must load for the earner and actor queries. */
export const METRIC_RECEIVED_KINDS: readonly PointEventKind[] = unique([
  ...Object.values(RECEIVED_KINDS).flat(),
  ...STREAK_RECEIVED_KINDS,
]);
export const METRIC_PERFORMED_KINDS: readonly PointEventKind[] = unique([
  ...Object.values(PERFORMED_KINDS).flat(),
  ...STREAK_PERFORMED_KINDS,
]);

export type MetricContext = { now: Date; settings: PeriodSettings };

export type MemberMetrics = {
  /** The value a badge is earned on. */
  value(metric: BadgeMetric, period: BadgePeriod): number;
  /** The value shown as progress (the live streak rather than the longest one). */
  progressValue(metric: BadgeMetric, period: BadgePeriod): number;
  streaks: WeeklyStreaks;
  onboarding: OnboardingStatus;
};

export const memberMetrics = (activity: MemberActivity, ctx: MetricContext): MemberMetrics => {
  const ranges = new Map<
    BadgePeriod,
    { firstDay: string; lastDay: string; start: Date; end: Date } | null
  >();
  const rangeOf = (period: BadgePeriod) => {
    if (!ranges.has(period)) {
      ranges.set(period, period === 'allTime' ? null : periodOf(period, ctx.now, ctx.settings));
    }
    return ranges.get(period) ?? null;
  };
  const sumDays = (
    rows: readonly UsageDayCount[],
    kinds: readonly string[] | undefined,
    period: BadgePeriod,
  ): number => {
    if (!kinds) return 0;
    const range = rangeOf(period);
    let total = 0;
    for (const r of rows) {
      if (!kinds.includes(r.kind)) continue;
      if (range && (r.localDay < range.firstDay || r.localDay > range.lastDay)) continue;
      total += r.count;
    }
    return total;
  };
  const stories = (period: BadgePeriod) => {
    const range = rangeOf(period);
    return activity.approvedStories.filter(
      (s) => !range || (s.approvedAt >= range.start && s.approvedAt < range.end),
    );
  };
  const streakDays = [
    ...activity.performed.filter((r) => STREAK_PERFORMED_KINDS.includes(r.kind as PointEventKind)),
    ...activity.received.filter((r) => STREAK_RECEIVED_KINDS.includes(r.kind as PointEventKind)),
  ].map((r) => r.localDay);
  const streaks = weeklyStreaks(streakDays, localDate(ctx.now, ctx.settings.timeZone));

  const base = (metric: BadgeMetric, period: BadgePeriod): number => {
    switch (metric) {
      case 'postsPublished':
      case 'kudosGiven':
      case 'templatesUsed':
      case 'likesGiven':
        return sumDays(activity.performed, PERFORMED_KINDS[metric], period);
      case 'viewsReceived':
      case 'likesReceived':
      case 'reusesReceived':
      case 'forksReceived':
      case 'kudosReceived':
        return sumDays(activity.received, RECEIVED_KINDS[metric], period);
      case 'storiesApproved':
        return stories(period).length;
      case 'hoursSaved': {
        let hours = 0;
        for (const s of stories(period)) {
          const r = hoursSavedPerMonth(s);
          if (r.ok) hours += r.value.hoursExact;
        }
        // Whole hours: a 9.99 h story does not yet reach a 10 h threshold.
        return Math.floor(hours + 1e-9);
      }
      case 'weeklyStreak':
        return streaks.longest;
      case 'guidelineAcknowledged':
        return activity.guidelineAcknowledged ? 1 : 0;
      case 'ambassador':
        return activity.ambassador ? 1 : 0;
      case 'challengeWins':
        return activity.challengeWins;
      case 'onboardingComplete':
        return onboarding.complete ? 1 : 0;
      case 'manual':
        return 0;
      default: {
        const exhaustive: never = metric;
        throw new Error(`Unknown metric ${String(exhaustive)}`);
      }
    }
  };
  const onboarding = evaluateOnboarding((metric) => base(metric, 'allTime'));
  return {
    value: base,
    progressValue: (metric, period) =>
      metric === 'weeklyStreak' ? streaks.current : base(metric, period),
    streaks,
    onboarding,
  };
};

export const earnedKey = (code: string, tier: BadgeTier | null): string => `${code}:${tier ?? ''}`;

export type BadgeAward = { badge: BadgeDefinition; level: BadgeLevel; value: number };

/** The tiers the member has reached but not yet been awarded. Manual badges never appear. */
export const badgesToAward = (
  badges: readonly BadgeDefinition[],
  metrics: Pick<MemberMetrics, 'value'>,
  earned: ReadonlySet<string>,
): BadgeAward[] => {
  const awards: BadgeAward[] = [];
  for (const badge of badges) {
    if (badge.metric === 'manual') continue;
    const value = metrics.value(badge.metric, badge.period);
    for (const level of badge.levels) {
      if (value >= level.threshold && !earned.has(earnedKey(badge.code, level.tier))) {
        awards.push({ badge, level, value });
      }
    }
  }
  return awards;
};

export type BadgeProgress = {
  badge: BadgeDefinition;
  value: number;
  earnedTiers: (BadgeTier | null)[];
  /** The first level not yet earned; null when every level is earned. */
  next: (BadgeLevel & { remaining: number }) | null;
  complete: boolean;
};

export const badgeProgress = (
  badge: BadgeDefinition,
  metrics: Pick<MemberMetrics, 'value' | 'progressValue'>,
  earnedTiers: readonly (BadgeTier | null)[],
): BadgeProgress => {
  const earned = new Set(earnedTiers.map((t) => t ?? ''));
  const manual = badge.metric === 'manual';
  const reached = manual ? 0 : metrics.value(badge.metric, badge.period);
  const value = manual ? 0 : metrics.progressValue(badge.metric, badge.period);
  const level = badge.levels.find((l) => !earned.has(l.tier ?? ''));
  const next = level
    ? {
        ...level,
        remaining: reached >= level.threshold ? 0 : Math.max(1, level.threshold - value),
      }
    : null;
  return {
    badge,
    value,
    earnedTiers: badge.levels.map((l) => l.tier).filter((t) => earned.has(t ?? '')),
    next,
    complete: next === null,
  };
};

/** 「あと3回でシルバー」 / "3 more to Silver"; null when complete, manual or yes/no. */
export const progressMessage = (progress: BadgeProgress, locale: 'ja' | 'en'): string | null => {
  const { next, badge } = progress;
  const info = BADGE_METRIC_INFO[badge.metric];
  if (!next || info.boolean || next.remaining === 0) return null;
  const unit = info.unit[locale];
  if (locale === 'ja') {
    const target = next.tier ? BADGE_TIER_LABELS[next.tier].ja : '獲得';
    return `あと${next.remaining}${unit}で${target}`;
  }
  const target = next.tier ? BADGE_TIER_LABELS[next.tier].en : 'earn it';
  return `${next.remaining}${unit} more to ${target}`;
};
