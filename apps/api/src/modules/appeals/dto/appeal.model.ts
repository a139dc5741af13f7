import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum AppealStatusEnum {
  OPEN = 'open',
  RESOLVED = 'resolved',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(AppealStatusEnum, { name: 'AppealStatus' });

export enum AppealOutcomeEnum {
  REVERSED = 'reversed',
  COMPENSATED = 'compensated',
  REJECTED = 'rejected',
}
registerEnumType(AppealOutcomeEnum, { name: 'AppealOutcome' });

export enum AppealDecisionEnum {
  REVERSE = 'reverse',
  COMPENSATE = 'compensate',
  REJECT = 'reject',
}
registerEnumType(AppealDecisionEnum, {
  name: 'AppealDecision',
  description:
    'REVERSE: a reversal entry of the disputed entry; COMPENSATE: a manual adjustment for the member; REJECT: no ledger change.',
});

export enum AppealSubjectTypeEnum {
  ENTRY = 'entry',
  MISSING_CREDIT = 'missingCredit',
}
registerEnumType(AppealSubjectTypeEnum, { name: 'AppealSubjectType' });

export enum AppealIssueEnum {
  WRONG_AMOUNT = 'wrongAmount',
  WRONGLY_REVERSED = 'wronglyReversed',
  NOT_MINE = 'notMine',
  OTHER = 'other',
}
registerEnumType(AppealIssueEnum, { name: 'AppealIssue' });

export enum AppealActionEnum {
  SUBMITTED = 'submitted',
  RESOLVED = 'resolved',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(AppealActionEnum, { name: 'AppealAction' });

@InputType()
export class SubmitAppealInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The disputed ledger entry (one of the viewer’s). Omit for a missing credit.',
  })
  entryId?: string | null;

  @Field(() => AppealIssueEnum, { nullable: true, description: 'For an entry; default OTHER.' })
  issue?: AppealIssueEnum | null;

  @Field(() => String, {
    nullable: true,
    description: 'Missing credit: the point event kind (knowledgePublished, templateReused …).',
  })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Missing credit: what should have earned it (link, title; 1–500 characters).',
  })
  sourceReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Missing credit: local day (YYYY-MM-DD).' })
  occurredOn?: string | null;

  @Field({ description: '1–2000 characters.' })
  reason: string;
}

@InputType()
export class ResolveAppealInput {
  @Field(() => ID)
  id: string;

  @Field(() => AppealDecisionEnum)
  outcome: AppealDecisionEnum;

  @Field(() => Int, {
    nullable: true,
    description: 'COMPENSATE only: 1–1000 points, or a negative correction down to -1000.',
  })
  points?: number | null;

  @Field({ description: 'Required: shown to the member and on the ledger entry.' })
  reason: string;
}

@ObjectType('AppealEntry', { description: 'The disputed ledger entry.' })
export class AppealEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field(() => Int)
  points: number;

  @Field()
  sourceType: string;

  @Field(() => ID)
  sourceId: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  reversesEntryId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field({ description: 'Whether a reversal of this entry exists.' })
  reversed: boolean;
}

@ObjectType('AppealEvent', { description: 'One step of an appeal’s timeline.' })
export class AppealEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => AppealActionEnum)
  action: AppealActionEnum;

  @Field(() => ID)
  actorId: string;

  @Field()
  actorName: string;

  @Field(() => AppealOutcomeEnum, { nullable: true })
  outcome: AppealOutcomeEnum | null;

  @Field(() => Int, { nullable: true })
  points: number | null;

  @Field(() => ID, { nullable: true, description: 'The ledger entry this step wrote.' })
  entryId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Appeal')
export class AppealModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  memberName: string;

  @Field(() => AppealStatusEnum)
  status: AppealStatusEnum;

  @Field(() => AppealSubjectTypeEnum)
  subjectType: AppealSubjectTypeEnum;

  @Field(() => AppealEntryModel, { nullable: true })
  entry: AppealEntryModel | null;

  @Field(() => AppealIssueEnum, { nullable: true })
  issue: AppealIssueEnum | null;

  @Field(() => String, { nullable: true })
  kind: string | null;

  @Field(() => String, { nullable: true })
  sourceReference: string | null;

  @Field(() => String, { nullable: true })
  occurredOn: string | null;

  @Field()
  reason: string;

  @Field(() => AppealOutcomeEnum, { nullable: true })
  outcome: AppealOutcomeEnum | null;

  @Field(() => Int, { nullable: true })
  points: number | null;

  @Field(() => String, { nullable: true })
  resolutionReason: string | null;

  @Field(() => ID, { nullable: true })
  resolvedById: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The reversal or compensation entry.' })
  resultEntryId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => [AppealEventModel], { description: 'Every step, oldest first.' })
  events: AppealEventModel[];
}

@ObjectType('AppealConnection')
export class AppealConnection {
  @Field(() => [AppealModel])
  nodes: AppealModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
