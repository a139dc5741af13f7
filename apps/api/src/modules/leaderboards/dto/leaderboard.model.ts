import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberModel } from '../../identity/dto/member.model';
import { DepartmentModel } from '../../organization/dto/department.model';
import { TeamModel } from '../../organization/dto/team.model';

export enum LeaderboardSubjectEnum {
  MEMBER = 'member',
  TEAM = 'team',
  DEPARTMENT = 'department',
}
registerEnumType(LeaderboardSubjectEnum, { name: 'LeaderboardSubject' });

export enum LeaderboardPeriodEnum {
  WEEK = 'week',
  MONTH = 'month',
  FISCAL_QUARTER = 'fiscalQuarter',
  FISCAL_HALF = 'fiscalHalf',
  FISCAL_YEAR = 'fiscalYear',
  ALL_TIME = 'allTime',
}
registerEnumType(LeaderboardPeriodEnum, { name: 'LeaderboardPeriod' });

export enum LeaderboardScopeEnum {
  COMPANY = 'company',
  MY_DEPARTMENT = 'myDepartment',
  MY_TEAM = 'myTeam',
}
registerEnumType(LeaderboardScopeEnum, { name: 'LeaderboardScope' });

@InputType()
export class LeaderboardInput {
  @Field(() => LeaderboardSubjectEnum)
  subject: LeaderboardSubjectEnum;

  @Field(() => LeaderboardPeriodEnum)
  period: LeaderboardPeriodEnum;

  @Field(() => LeaderboardScopeEnum, { defaultValue: LeaderboardScopeEnum.COMPANY })
  scope: LeaderboardScopeEnum;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  first: number;
}

@ObjectType()
export class LeaderboardEntry {
  @Field(() => Int, { description: 'Competition rank: ties share a rank (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Int)
  points: number;

  @Field({ description: 'The viewer, or (team/department boards) a unit the viewer belongs to.' })
  isMe: boolean;

  @Field(() => MemberModel, { nullable: true, description: 'Set on MEMBER boards.' })
  member: MemberModel | null;

  @Field(() => TeamModel, { nullable: true, description: 'Set on TEAM boards.' })
  team: TeamModel | null;

  @Field(() => DepartmentModel, { nullable: true, description: 'Set on DEPARTMENT boards.' })
  department: DepartmentModel | null;
}

@ObjectType()
export class Leaderboard {
  @Field(() => LeaderboardSubjectEnum)
  subject: LeaderboardSubjectEnum;

  @Field(() => LeaderboardPeriodEnum)
  period: LeaderboardPeriodEnum;

  @Field(() => LeaderboardScopeEnum)
  scope: LeaderboardScopeEnum;

  @Field({ description: 'The period total read, e.g. 2026-W48, 2026-11, FY2026-H2, all.' })
  periodKey: string;

  @Field(() => [LeaderboardEntry])
  entries: LeaderboardEntry[];

  @Field(() => LeaderboardEntry, {
    nullable: true,
    description:
      'The viewer’s own place, also outside the top and when hidden from public boards; for team/department boards the viewer’s best-placed team or their department. Null when the viewer has none.',
  })
  me: LeaderboardEntry | null;

  @Field(() => Int, { description: 'How many members/teams/departments are ranked.' })
  totalRanked: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Only the top N is shown to this viewer (organization setting); null = all.',
  })
  visibleTopN: number | null;
}

@ObjectType()
export class LeaderboardSettings {
  @Field(() => Int, {
    nullable: true,
    description: 'Staff see only the top N (plus their own rank); null = everyone sees all.',
  })
  staffVisibleTopN: number | null;
}

@InputType()
export class LeaderboardSettingsInput {
  @Field(() => Int, { nullable: true })
  staffVisibleTopN: number | null;
}

@ObjectType()
export class LeaderboardVisibility {
  @Field({ description: 'True: left out of public member leaderboards (still counted in teams).' })
  hidden: boolean;
}
