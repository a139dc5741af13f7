import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AdoptionChartEnum {
  ACTIVE_RATE = 'activeRate',
  WEEKLY_TREND = 'weeklyTrend',
  MONTHLY_TREND = 'monthlyTrend',
  CONTRIBUTIONS = 'contributions',
  HOURS_SAVED = 'hoursSaved',
  TOP_TEMPLATES_BY_REUSES = 'topTemplatesByReuses',
  TOP_TEMPLATES_BY_HOURS_SAVED = 'topTemplatesByHoursSaved',
  TOP_CONTRIBUTORS = 'topContributors',
  DEAD_CONTENT = 'deadContent',
  STALE_CONTENT = 'staleContent',
  DEPARTMENT_COMPARISON = 'departmentComparison',
}
registerEnumType(AdoptionChartEnum, {
  name: 'AdoptionChart',
  description: 'A chart of the adoption dashboard, for its CSV download.',
});

@InputType()
export class AdoptionAnalyticsInput {
  @Field({ description: 'First local day (YYYY-MM-DD), inclusive.' })
  from: string;

  @Field({ description: 'Last local day (YYYY-MM-DD), inclusive; at most 731 days after from.' })
  to: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A department and its sub-departments. Managers: one of their own; without it, all of their own.',
  })
  departmentId?: string | null;
}

@ObjectType('ActiveRate')
export class ActiveRateModel {
  @Field(() => Int)
  activeMembers: number;

  @Field(() => Int)
  members: number;

  @Field(() => Float, {
    description: 'activeMembers ÷ members, 0–1 (4 decimals); 0 without members.',
  })
  rate: number;
}

@ObjectType('DepartmentActiveRate')
export class DepartmentActiveRateModel extends ActiveRateModel {
  @Field(() => ID)
  departmentId: string;

  @Field()
  name: string;
}

@ObjectType('AdoptionTrendPoint')
export class AdoptionTrendPointModel extends ActiveRateModel {
  @Field({ description: 'ISO week (2026-W45) or month (2026-11).' })
  periodKey: string;

  @Field({ description: 'First day inside the range.' })
  firstDay: string;

  @Field({ description: 'Last day inside the range.' })
  lastDay: string;
}

@ObjectType('ContributionWeek')
export class ContributionWeekModel {
  @Field()
  week: string;

  @Field()
  firstDay: string;

  @Field(() => Int, { description: 'Knowledge posts published.' })
  posts: number;

  @Field(() => Int, { description: 'Templates published.' })
  templates: number;

  @Field(() => Int, { description: 'Success stories approved.' })
  stories: number;

  @Field(() => Int, { description: 'Template uses.' })
  reuses: number;

  @Field(() => Int, { description: 'Knowledge posts reviewed.' })
  reviews: number;

  @Field(() => Int, { description: 'Kudos given.' })
  kudos: number;
}

@ObjectType('HoursSavedMonth')
export class HoursSavedMonthModel {
  @Field()
  month: string;

  @Field(() => Float)
  hoursSaved: number;

  @Field(() => Float, { description: 'Sum of the range’s months so far.' })
  cumulativeHours: number;
}

@ObjectType('AdoptionTopTemplate')
export class TopTemplateModel {
  @Field(() => ID)
  templateId: string;

  @Field()
  title: string;

  @Field(() => ID)
  authorId: string;

  @Field()
  authorName: string;

  @Field(() => Int, { description: 'Uses by colleagues in the range.' })
  reuses: number;

  @Field(() => Float, { description: 'Approved stories using it, at the end of the range.' })
  hoursSavedPerMonth: number;

  @Field(() => Float, { description: 'Hours saved in the range’s months.' })
  hoursSaved: number;
}

@ObjectType('AdoptionTopContributor')
export class TopContributorModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => Int)
  points: number;
}

@ObjectType('AdoptionContentItem')
export class ContentItemModel {
  @Field(() => ID)
  postId: string;

  @Field()
  title: string;

  @Field(() => ID)
  ownerId: string;

  @Field()
  ownerName: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  reviewBy: string;

  @Field(() => String, { nullable: true, description: 'Last day a colleague viewed it.' })
  lastViewedOn: string | null;
}

@ObjectType('DepartmentComparison')
export class DepartmentComparisonModel extends DepartmentActiveRateModel {
  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  reuses: number;

  @Field(() => Float)
  hoursSaved: number;

  @Field(() => Int)
  points: number;
}

@ObjectType('AdoptionAnalytics', {
  description:
    'Adoption dashboard (利用状況) for a range of local days; definitions in libs/domain/src/analytics/adoption.ts.',
})
export class AdoptionAnalyticsModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ID], { nullable: true, description: 'Departments in view; null = organization.' })
  departmentIds: string[] | null;

  @Field(() => ActiveRateModel)
  activeRate: ActiveRateModel;

  @Field(() => [DepartmentActiveRateModel])
  departments: DepartmentActiveRateModel[];

  @Field(() => [AdoptionTrendPointModel])
  weeklyTrend: AdoptionTrendPointModel[];

  @Field(() => [AdoptionTrendPointModel])
  monthlyTrend: AdoptionTrendPointModel[];

  @Field(() => [ContributionWeekModel])
  contributionsByWeek: ContributionWeekModel[];

  @Field(() => [HoursSavedMonthModel])
  hoursSavedByMonth: HoursSavedMonthModel[];

  @Field(() => Float)
  totalHoursSaved: number;

  @Field(() => [TopTemplateModel])
  topTemplatesByReuses: TopTemplateModel[];

  @Field(() => [TopTemplateModel])
  topTemplatesByHoursSaved: TopTemplateModel[];

  @Field(() => [TopContributorModel])
  topContributors: TopContributorModel[];

  @Field(() => [ContentItemModel], { description: 'At most 200; see deadContentCount.' })
  deadContent: ContentItemModel[];

  @Field(() => Int)
  deadContentCount: number;

  @Field(() => [ContentItemModel], { description: 'At most 200; see staleContentCount.' })
  staleContent: ContentItemModel[];

  @Field(() => Int)
  staleContentCount: number;

  @Field(() => [DepartmentComparisonModel])
  departmentComparison: DepartmentComparisonModel[];
}

@ObjectType('AdoptionCsv')
export class AdoptionCsvModel {
  @Field()
  filename: string;

  @Field({ description: 'UTF-8 text with BOM and CRLF line ends.' })
  content: string;
}
