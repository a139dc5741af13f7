import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum StoryStatusEnum {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  RETURNED = 'returned',
}
registerEnumType(StoryStatusEnum, { name: 'StoryStatus' });

@ObjectType()
export class StoryTemplateLink {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Title, or a placeholder when the template is no longer visible.' })
  title: string;
}

@ObjectType('SuccessStory')
export class SuccessStoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'What was improved.' })
  improved: string;

  @Field({ description: 'How, in Markdown.' })
  howMarkdown: string;

  @Field(() => Float)
  minutesBefore: number;

  @Field(() => Float)
  minutesAfter: number;

  @Field(() => Float)
  occurrencesPerMonth: number;

  @Field(() => Float, { description: '(before − after) × occurrences ÷ 60, rounded to 0.1 h.' })
  hoursSavedPerMonth: number;

  @Field(() => String, { nullable: true })
  qualityNote: string | null;

  @Field(() => StoryStatusEnum)
  status: StoryStatusEnum;

  @Field(() => String, { nullable: true })
  reviewComment: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'The viewer may approve or return it.' })
  canReview: boolean;

  @Field({ description: 'The viewer is the author and may edit it now.' })
  canEdit: boolean;

  @Field(() => [StoryTemplateLink])
  templates: StoryTemplateLink[];

  authorId: string;
  reviewerId: string | null;
  departmentId: string | null;
}

@ObjectType()
export class SuccessStoryEdge {
  @Field()
  cursor: string;

  @Field(() => SuccessStoryModel)
  node: SuccessStoryModel;
}

@ObjectType()
export class SuccessStoryConnection {
  @Field(() => [SuccessStoryEdge])
  edges: SuccessStoryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class SuccessStoryInput {
  @Field()
  title: string;

  @Field()
  improved: string;

  @Field()
  howMarkdown: string;

  @Field(() => Float)
  minutesBefore: number;

  @Field(() => Float)
  minutesAfter: number;

  @Field(() => Float)
  occurrencesPerMonth: number;

  @Field(() => String, { nullable: true })
  qualityNote?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  templateIds: string[];
}

@InputType()
export class SuccessStoryFilter {
  @Field(() => StoryStatusEnum, { nullable: true })
  status?: StoryStatusEnum | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => ID, { nullable: true })
  templateId?: string | null;

  @Field({ defaultValue: false, description: 'Only stories the viewer may review now.' })
  reviewable: boolean;

  @Field({ defaultValue: false, description: 'Only the viewer’s own stories, any status.' })
  mine: boolean;
}
