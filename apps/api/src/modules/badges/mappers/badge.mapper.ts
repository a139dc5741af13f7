import {
  BADGE_METRIC_INFO,
  badgeDisplayName,
  progressMessage,
  type BadgeDefinition,
  type BadgeProgress,
  type Locale,
} from '@chienowa/domain';
import {
  BadgeTierEnum,
  type BadgeModel,
  type BadgeProgressModel,
  type EarnedBadgeModel,
} from '../dto/badge.model';
import { tierOf, type MemberBadgeEntity } from '../entities/member-badge.entity';

const tierEnum = (tier: string | null): BadgeTierEnum | null =>
  tier === null ? null : (tier as BadgeTierEnum);

export function toBadgeModel(
  def: BadgeDefinition,
  earned: readonly MemberBadgeEntity[],
  locale: Locale,
): BadgeModel {
  const mine = earned.filter((e) => e.badgeCode === def.code);
  return {
    id: def.code,
    name: def.name[locale],
    description: def.description[locale],
    metric: def.metric,
    metricLabel: BADGE_METRIC_INFO[def.metric].label[locale],
    period: def.period,
    custom: def.custom,
    manualOnly: def.metric === 'manual',
    levels: def.levels.map((l) => ({
      tier: tierEnum(l.tier),
      threshold: l.threshold,
      points: l.points,
    })),
    earned: mine.length > 0,
    earnedTiers: def.levels
      .map((l) => l.tier)
      .filter((t) => t !== null && mine.some((e) => tierOf(e.tier) === t))
      .map((t) => t as BadgeTierEnum),
  };
}

export function toEarnedBadgeModel(
  row: MemberBadgeEntity,
  def: BadgeDefinition | undefined,
  locale: Locale,
): EarnedBadgeModel {
  const tier = tierOf(row.tier);
  return {
    id: row.id,
    memberId: row.memberId,
    badgeId: row.badgeCode,
    tier: tierEnum(tier),
    name: def ? badgeDisplayName(def, tier)[locale] : row.badgeCode,
    points: row.points,
    reason: row.reason,
    awardedBy: row.awardedBy,
    awardedAt: row.awardedAt,
  };
}

export function toBadgeProgressModel(
  progress: BadgeProgress,
  earned: readonly MemberBadgeEntity[],
  locale: Locale,
): BadgeProgressModel {
  const def = progress.badge;
  return {
    badge: toBadgeModel(def, earned, locale),
    value: progress.value,
    earned: earned
      .filter((e) => e.badgeCode === def.code)
      .map((e) => toEarnedBadgeModel(e, def, locale)),
    nextTier: tierEnum(progress.next?.tier ?? null),
    nextThreshold: progress.next?.threshold ?? null,
    remaining: progress.next?.remaining ?? null,
    complete: progress.complete,
    message: progressMessage(progress, locale),
  };
}
