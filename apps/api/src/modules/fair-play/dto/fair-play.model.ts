import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberModel } from '../../identity/dto/member.model';

export enum FairPlayKindEnum {
  LIKE_RECEIVED = 'likeReceived',
  KUDOS_RECEIVED = 'kudosReceived',
  VIEW_RECEIVED = 'viewReceived',
  TEMPLATE_REUSED = 'templateReused',
}
registerEnumType(FairPlayKindEnum, {
  name: 'FairPlayKind',
  description: 'Credit one member gives another that the fair-play report looks at.',
});

export enum FairPlayGroupKindEnum {
  PAIR = 'pair',
  CIRCLE = 'circle',
}
registerEnumType(FairPlayGroupKindEnum, {
  name: 'FairPlayGroupKind',
  description: 'PAIR: two members crediting each other; CIRCLE: three or more in a cycle.',
});

@InputType()
export class FairPlayReportInput {
  @Field({ description: 'First local day (YYYY-MM-DD), inclusive.' })
  from: string;

  @Field({ description: 'Last local day (YYYY-MM-DD), inclusive; at most 366 days after from.' })
  to: string;

  @Field(() => [FairPlayKindEnum], {
    nullable: true,
    description: 'Credit kinds to look at; all four when omitted.',
  })
  kinds?: FairPlayKindEnum[] | null;
}

@InputType()
export class ReverseFairPlayExcessInput extends FairPlayReportInput {
  @Field(() => ID, { description: 'The group id from fairPlayReport (same period and kinds).' })
  groupId: string;

  @Field({ description: 'Why (1–500 characters); shown on every reversal entry.' })
  reason: string;
}

@ObjectType('FairPlayKindCredit')
export class FairPlayKindCreditModel {
  @Field(() => FairPlayKindEnum)
  kind: FairPlayKindEnum;

  @Field(() => Int)
  count: number;

  @Field(() => Int)
  points: number;
}

@ObjectType('FairPlayEdge', { description: 'Credit from one group member to another.' })
export class FairPlayEdgeModel {
  @Field(() => MemberModel)
  actor: MemberModel;

  @Field(() => MemberModel)
  earner: MemberModel;

  @Field(() => Int)
  count: number;

  @Field(() => Int)
  points: number;

  @Field(() => Float, { description: 'Share of all credit the actor gave in the period (0–1).' })
  share: number;

  @Field({ description: 'Far above the norm and concentrated: what makes the group.' })
  heavy: boolean;

  @Field(() => Int, { description: 'Credits above the allowance.' })
  excessCount: number;

  @Field(() => Int, { description: 'Points of the excess entries (the most recent ones).' })
  excessPoints: number;

  @Field(() => [FairPlayKindCreditModel])
  byKind: FairPlayKindCreditModel[];
}

@ObjectType('FairPlayNorm', {
  description:
    'The organization’s norm for credits per directed pair: allowance = max(minimum, median + 3 × 1.4826 × MAD).',
})
export class FairPlayNormModel {
  @Field(() => Int)
  pairs: number;

  @Field(() => Int)
  members: number;

  @Field(() => Float)
  median: number;

  @Field(() => Float)
  mad: number;

  @Field(() => Int)
  allowance: number;

  @Field({ description: 'False when too few members credit anyone to judge.' })
  analysed: boolean;
}

@ObjectType('FairPlayReversal', { description: 'Audit of one reversal of a group’s excess.' })
export class FairPlayReversalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  groupId: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [FairPlayKindEnum])
  kinds: FairPlayKindEnum[];

  @Field(() => [MemberModel])
  members: MemberModel[];

  @Field()
  reason: string;

  @Field(() => MemberModel, { nullable: true })
  reversedBy: MemberModel | null;

  @Field(() => Int)
  entriesReversed: number;

  @Field(() => Int)
  pointsReversed: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('FairPlayGroup')
export class FairPlayGroupModel {
  @Field(() => ID, { description: 'Stable for the same members and period.' })
  id: string;

  @Field(() => FairPlayGroupKindEnum)
  kind: FairPlayGroupKindEnum;

  @Field(() => [MemberModel])
  members: MemberModel[];

  @Field(() => [FairPlayEdgeModel])
  edges: FairPlayEdgeModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  totalPoints: number;

  @Field(() => Int)
  excessCount: number;

  @Field(() => Int, { description: 'Points above what the norm allows.' })
  excessPoints: number;

  @Field(() => Int, { description: 'Of the excess points, those already reversed.' })
  reversedPoints: number;

  @Field(() => Int, { description: 'Excess points not reversed yet.' })
  pendingPoints: number;

  @Field({ description: 'Every excess entry has been reversed.' })
  alreadyReversed: boolean;

  @Field(() => [FairPlayReversalModel])
  reversals: FairPlayReversalModel[];
}

@ObjectType('FairPlayReport')
export class FairPlayReportModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [FairPlayKindEnum])
  kinds: FairPlayKindEnum[];

  @Field(() => FairPlayNormModel)
  norm: FairPlayNormModel;

  @Field(() => [FairPlayGroupModel], { description: 'Most excess first.' })
  groups: FairPlayGroupModel[];
}
