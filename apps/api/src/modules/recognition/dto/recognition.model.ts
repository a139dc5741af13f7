import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';
import { MemberModel } from '../../identity/dto/member.model';

export enum FeedItemTypeEnum {
  KUDOS = 'kudos',
  BADGE_EARNED = 'badgeEarned',
  STORY_APPROVED = 'storyApproved',
  CHALLENGE_CLOSED = 'challengeClosed',
  TEMPLATE_MILESTONE = 'templateMilestone',
  MEMBER_JOINED = 'memberJoined',
}
registerEnumType(FeedItemTypeEnum, { name: 'FeedItemType' });

export enum NotificationTypeEnum {
  KUDOS_RECEIVED = 'kudosReceived',
  BADGE_EARNED = 'badgeEarned',
  STORY_APPROVED = 'storyApproved',
  STORY_RETURNED = 'storyReturned',
  TEMPLATE_MILESTONE = 'templateMilestone',
  CHALLENGE_RESULT = 'challengeResult',
  APPEAL_RESOLVED = 'appealResolved',
}
registerEnumType(NotificationTypeEnum, { name: 'NotificationType' });

export enum FeedFilterEnum {
  ALL = 'ALL',
  MY_DEPARTMENT = 'MY_DEPARTMENT',
  MINE = 'MINE',
}
registerEnumType(FeedFilterEnum, {
  name: 'FeedFilter',
  valuesMap: {
    MY_DEPARTMENT: { description: 'Items about members of the viewer’s department.' },
    MINE: { description: 'Items the viewer did or that are about the viewer.' },
  },
});

@ObjectType('RecognitionValue', {
  description: 'An organization value (価値観) kudos are given for.',
})
export class RecognitionValueModel {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  labelEn: string | null;

  @Field(() => Int)
  position: number;

  @Field()
  archived: boolean;
}

@ObjectType('RecognitionSettings')
export class RecognitionSettingsModel {
  @Field(() => Int, { description: 'Kudos each member may give per calendar month (local).' })
  monthlyKudosBudget: number;
}

@ObjectType('KudosBudget')
export class KudosBudgetModel {
  @Field(() => Int)
  budget: number;

  @Field(() => Int)
  used: number;

  @Field(() => Int)
  remaining: number;
}

@ObjectType('Kudos')
export class KudosModel {
  @Field(() => ID)
  id: string;

  giverId: string;
  receiverId: string;
  valueId: string;

  @Field()
  message: string;

  @Field(() => Int, {
    description: 'Points paid to the receiver (after pair damping and the weekly cap).',
  })
  points: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  reversedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Admins only; null for others.' })
  reversalReason: string | null;
}

// ---------------------------------------------------------------- type-specific parts

@ObjectType('FeedKudos')
export class FeedKudosModel {
  @Field(() => ID)
  id: string;

  @Field()
  message: string;

  @Field({ description: 'The value’s label when given.' })
  valueLabel: string;

  @Field(() => String, { nullable: true })
  valueLabelEn: string | null;

  @Field(() => Int)
  points: number;
}

@ObjectType('FeedBadge')
export class FeedBadgeModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'bronze, silver, gold or null.' })
  tier: string | null;

  @Field(() => Int)
  points: number;
}

@ObjectType('FeedStory')
export class FeedStoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'The reviewer’s comment.' })
  comment: string | null;
}

@ObjectType('FeedChallengeWinner')
export class FeedChallengeWinnerModel {
  @Field({ description: 'team or department.' })
  unitType: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  name: string;
}

@ObjectType('FeedChallenge')
export class FeedChallengeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [FeedChallengeWinnerModel])
  winners: FeedChallengeWinnerModel[];
}

@ObjectType('FeedTemplateMilestone')
export class FeedTemplateMilestoneModel {
  @Field(() => ID)
  templateId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'The milestone crossed (10, 50, 100, 500, 1000).' })
  reuses: number;
}

@ObjectType('NotificationAppeal', { description: 'How HR resolved the member’s appeal.' })
export class NotificationAppealModel {
  @Field(() => ID)
  appealId: string;

  @Field({ description: 'reversed, compensated or rejected.' })
  outcome: string;

  @Field(() => Int, { description: 'Points the resolution moved (negative for a reversal).' })
  points: number;

  @Field()
  reason: string;
}

@ObjectType('ReactionCount')
export class ReactionCountModel {
  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field()
  reactedByMe: boolean;
}

@ObjectType('FeedComment')
export class FeedCommentModel {
  @Field(() => ID)
  id: string;

  authorId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('FeedItem', {
  description: 'One item of the recognition feed; exactly the part matching `type` is set.',
})
export class FeedItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => FeedItemTypeEnum)
  type: FeedItemTypeEnum;

  @Field()
  createdAt: Date;

  actorId: string | null;
  subjectId: string | null;

  @Field(() => FeedKudosModel, { nullable: true })
  kudos: FeedKudosModel | null;

  @Field(() => FeedBadgeModel, { nullable: true })
  badge: FeedBadgeModel | null;

  @Field(() => FeedStoryModel, { nullable: true })
  story: FeedStoryModel | null;

  @Field(() => FeedChallengeModel, { nullable: true })
  challenge: FeedChallengeModel | null;

  @Field(() => FeedTemplateMilestoneModel, { nullable: true })
  templateMilestone: FeedTemplateMilestoneModel | null;
}

@ObjectType()
export class FeedItemEdge {
  @Field(() => FeedItemModel)
  node: FeedItemModel;

  @Field()
  cursor: string;
}

@ObjectType()
export class FeedItemConnection {
  @Field(() => [FeedItemEdge])
  edges: FeedItemEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationTypeEnum)
  type: NotificationTypeEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  read: boolean;

  actorId: string | null;

  @Field(() => FeedKudosModel, { nullable: true })
  kudos: FeedKudosModel | null;

  @Field(() => FeedBadgeModel, { nullable: true })
  badge: FeedBadgeModel | null;

  @Field(() => FeedStoryModel, { nullable: true })
  story: FeedStoryModel | null;

  @Field(() => FeedChallengeModel, { nullable: true })
  challenge: FeedChallengeModel | null;

  @Field(() => FeedTemplateMilestoneModel, { nullable: true })
  templateMilestone: FeedTemplateMilestoneModel | null;

  @Field(() => NotificationAppealModel, { nullable: true })
  appeal: NotificationAppealModel | null;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => NotificationModel)
  node: NotificationModel;

  @Field()
  cursor: string;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export { MemberModel };
