import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum BadgeTierEnum {
  BRONZE = 'bronze',
  SILVER = 'silver',
  GOLD = 'gold',
}
registerEnumType(BadgeTierEnum, { name: 'BadgeTier' });

@ObjectType()
export class BadgeLevelModel {
  @Field(() => BadgeTierEnum, { nullable: true, description: 'Null for an untiered badge.' })
  tier: BadgeTierEnum | null;

  @Field(() => Int)
  threshold: number;

  @Field(() => Int, { description: 'Points paid when this level is earned.' })
  points: number;
}

@ObjectType('Badge')
export class BadgeModel {
  @Field(() => ID, { description: 'The badge code (built-in camelCase, or c-<uuid> for custom).' })
  id: string;

  @Field({ description: 'In the viewer’s language.' })
  name: string;

  @Field()
  description: string;

  @Field({ description: 'Criterion metric, e.g. postsPublished (see badgeMetrics).' })
  metric: string;

  @Field()
  metricLabel: string;

  @Field({ description: 'allTime, week, month, fiscalQuarter, fiscalHalf or fiscalYear.' })
  period: string;

  @Field()
  custom: boolean;

  @Field({ description: 'Only awarded by an admin (metric manual).' })
  manualOnly: boolean;

  @Field(() => [BadgeLevelModel])
  levels: BadgeLevelModel[];

  @Field({ description: 'Whether the member in context has earned at least one level.' })
  earned: boolean;

  @Field(() => [BadgeTierEnum], { description: 'Tiers the member in context has earned.' })
  earnedTiers: BadgeTierEnum[];
}

@ObjectType('EarnedBadge')
export class EarnedBadgeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field(() => ID)
  badgeId: string;

  @Field(() => BadgeTierEnum, { nullable: true })
  tier: BadgeTierEnum | null;

  @Field({ description: 'Name with tier in the viewer’s language: 「投稿者 シルバー」.' })
  name: string;

  @Field(() => Int)
  points: number;

  @Field(() => String, { nullable: true, description: 'The admin’s reason for a manual award.' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The admin who awarded it; null = earned.' })
  awardedBy: string | null;

  @Field()
  awardedAt: Date;
}

@ObjectType('BadgeProgress')
export class BadgeProgressModel {
  @Field(() => BadgeModel)
  badge: BadgeModel;

  @Field(() => Int, {
    description: 'Current metric value (for streaks: the live streak, in weeks).',
  })
  value: number;

  @Field(() => [EarnedBadgeModel])
  earned: EarnedBadgeModel[];

  @Field(() => BadgeTierEnum, { nullable: true })
  nextTier: BadgeTierEnum | null;

  @Field(() => Int, { nullable: true })
  nextThreshold: number | null;

  @Field(() => Int, { nullable: true, description: 'How much is left to the next level.' })
  remaining: number | null;

  @Field({ description: 'Every level earned.' })
  complete: boolean;

  @Field(() => String, {
    nullable: true,
    description: '「あと3回でシルバー」, in the viewer’s language.',
  })
  message: string | null;
}

@ObjectType('BadgeMetricOption')
export class BadgeMetricOptionModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => [String], { description: 'Periods the metric can be counted in.' })
  periods: string[];

  @Field({ description: 'Yes/no metric: only threshold 1 is reachable.' })
  yesNo: boolean;
}

@InputType()
export class CreateBadgeInput {
  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field({ defaultValue: '' })
  descriptionJa: string;

  @Field({ defaultValue: '' })
  descriptionEn: string;

  @Field({ description: 'A metric key from badgeMetrics; unknown keys are BAD_USER_INPUT.' })
  metric: string;

  @Field({ defaultValue: 'allTime' })
  period: string;

  @Field(() => Int)
  threshold: number;

  @Field(() => Int, { defaultValue: 0 })
  points: number;
}
