import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { PageInfo } from '../../../common/graphql/pagination';
import { DepartmentModel } from '../../organization/dto/department.model';
import { TeamModel } from '../../organization/dto/team.model';

export enum ChallengeMetricEnum {
  POINTS = 'points',
  KNOWLEDGE_POSTS = 'knowledgePosts',
  TEMPLATE_REUSES = 'templateReuses',
  HOURS_SAVED = 'hoursSaved',
  ACTIVE_MEMBER_RATE = 'activeMemberRate',
}
registerEnumType(ChallengeMetricEnum, { name: 'ChallengeMetric' });

export enum ChallengeScoringEnum {
  TOTAL = 'total',
  PER_HEAD = 'perHead',
}
registerEnumType(ChallengeScoringEnum, { name: 'ChallengeScoring' });

export enum ChallengeUnitTypeEnum {
  TEAM = 'team',
  DEPARTMENT = 'department',
}
registerEnumType(ChallengeUnitTypeEnum, { name: 'ChallengeUnitType' });

export enum ChallengeStatusEnum {
  UPCOMING = 'upcoming',
  ACTIVE = 'active',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
registerEnumType(ChallengeStatusEnum, { name: 'ChallengeStatus' });

@InputType()
export class ChallengeInput {
  @Field({ description: '1–100 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description: string | null;

  @Field(() => ChallengeMetricEnum)
  metric: ChallengeMetricEnum;

  @Field(() => Float, {
    description:
      'Above 0, up to two decimals, in the metric’s unit (points, posts, reuses, hours; a percentage for ACTIVE_MEMBER_RATE). With PER_HEAD scoring the target is per head.',
  })
  target: number;

  @Field(() => ChallengeUnitTypeEnum)
  unitType: ChallengeUnitTypeEnum;

  @Field(() => [ID], { description: 'At least two teams or departments of the organization.' })
  unitIds: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'Default: the start of the current month in the organization’s time zone.',
  })
  startsAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Exclusive. Default: the start of next month in the organization’s time zone.',
  })
  endsAt: Date | null;

  @Field(() => ChallengeScoringEnum, { defaultValue: ChallengeScoringEnum.TOTAL })
  scoring: ChallengeScoringEnum;

  @Field(() => Int, {
    nullable: true,
    description: 'Points for each member of the winning unit(s), 0–1000.',
  })
  winnerPoints: number | null;
}

@ObjectType()
export class ChallengeStanding {
  @Field(() => Int, { description: 'Same value, same rank (1, 1, 3).' })
  rank: number;

  @Field(() => Float, {
    description:
      'Total or per head in the metric’s unit (hours for HOURS_SAVED, percent for ACTIVE_MEMBER_RATE).',
  })
  value: number;

  @Field(() => Float, {
    description: 'The unit’s total (points, posts, reuses, hours, active members).',
  })
  total: number;

  @Field(() => Int, { description: 'Active members; frozen when the challenge closes.' })
  headcount: number;

  @Field(() => Float, { description: '0..1 toward the target.' })
  progress: number;

  @Field({ description: 'The viewer belongs to this team or department.' })
  isMine: boolean;

  @Field({ description: 'Ranked first (ties share the win) with a value above 0.' })
  winner: boolean;

  @Field(() => TeamModel, { nullable: true })
  team: TeamModel | null;

  @Field(() => DepartmentModel, { nullable: true })
  department: DepartmentModel | null;
}

@ObjectType('Challenge')
export class ChallengeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ChallengeMetricEnum)
  metric: ChallengeMetricEnum;

  @Field(() => Float)
  target: number;

  @Field(() => ChallengeUnitTypeEnum)
  unitType: ChallengeUnitTypeEnum;

  @Field(() => ChallengeScoringEnum)
  scoring: ChallengeScoringEnum;

  @Field()
  startsAt: Date;

  @Field({ description: 'Exclusive.' })
  endsAt: Date;

  @Field(() => Int)
  winnerPoints: number;

  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatusEnum;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field({ description: 'The viewer may edit it (admin or its ambassador, before the start).' })
  canEdit: boolean;

  @Field({ description: 'The viewer may cancel it (until it closes).' })
  canCancel: boolean;

  /** The stored row, for field resolvers (not exposed). */
  source: ChallengeEntity;
}

@ObjectType()
export class ChallengeEdge {
  @Field()
  cursor: string;

  @Field(() => ChallengeModel)
  node: ChallengeModel;
}

@ObjectType()
export class ChallengeConnection {
  @Field(() => [ChallengeEdge])
  edges: ChallengeEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
