import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum PointPeriodKind {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
  FISCAL_QUARTER = 'fiscalQuarter',
  FISCAL_HALF = 'fiscalHalf',
  FISCAL_YEAR = 'fiscalYear',
  ALL_TIME = 'all',
}
registerEnumType(PointPeriodKind, { name: 'PointPeriodKind' });

@ObjectType()
export class PeriodPoints {
  @Field(() => PointPeriodKind)
  kind: PointPeriodKind;

  @Field({ description: 'Period key, e.g. FY2026-H2, 2026-11, 2026-W48, all.' })
  key: string;

  @Field({ description: 'Label in the viewer’s language, e.g. 2026年度 下期.' })
  label: string;

  @Field(() => Int)
  points: number;
}

@ObjectType()
export class LevelProgress {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => Int)
  minPoints: number;

  @Field(() => String, { nullable: true })
  nextName: string | null;

  @Field(() => Int, { nullable: true })
  pointsToNext: number | null;

  @Field(() => Float, { description: '0..1 progress from this level to the next.' })
  progress: number;
}

@ObjectType()
export class PointHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  points: number;

  @Field()
  kind: string;

  @Field()
  category: string;

  @Field({
    description:
      'Why, in the viewer’s language: 「鈴木さんがあなたのテンプレート『議事録要約』を使いました +5」.',
  })
  description: string;

  @Field()
  occurredAt: Date;

  @Field()
  sourceType: string;

  @Field(() => ID)
  sourceId: string;

  @Field(() => ID, { nullable: true })
  reversesEntryId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Int)
  ruleVersion: number;
}

@ObjectType()
export class PointHistoryEdge {
  @Field()
  cursor: string;

  @Field(() => PointHistoryEntry)
  node: PointHistoryEntry;
}

@ObjectType()
export class PointHistoryConnection {
  @Field(() => [PointHistoryEdge])
  edges: PointHistoryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class MyPoints {
  @Field(() => [PeriodPoints], {
    description: 'Current day, week, month, fiscal quarter, half, year and all time.',
  })
  totals: PeriodPoints[];

  @Field(() => LevelProgress)
  level: LevelProgress;
}

@ObjectType()
export class PointRuleModel {
  @Field()
  kind: string;

  @Field()
  label: string;

  @Field()
  category: string;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { nullable: true })
  dailyCap: number | null;
}

@ObjectType()
export class PointRuleSetModel {
  @Field(() => Int)
  version: number;

  @Field(() => [PointRuleModel])
  rules: PointRuleModel[];
}

@ObjectType()
export class LevelThresholdModel {
  @Field()
  key: string;

  @Field({ description: 'Name in the viewer’s language (初心者 … マスター).' })
  name: string;

  @Field(() => Int)
  minPoints: number;
}

@InputType()
export class PointRuleInput {
  @Field()
  kind: string;

  @Field(() => Int, { nullable: true })
  points?: number | null;

  @Field(() => Int, { nullable: true, description: 'null = no daily cap; omit to keep.' })
  dailyCap?: number | null;
}
