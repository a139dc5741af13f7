import { Field, ID, InputType } from '@nestjs/graphql';
import { KnowledgePostStatus } from './knowledge-post.model';

@InputType()
export class CreateKnowledgePostInput {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  bodyMarkdown: string;

  @Field(() => [String], { defaultValue: [] })
  tags: string[];

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, 30–730 days ahead; default 180 days from today.',
  })
  reviewBy?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are; departmentId: null clears it.' })
export class UpdateKnowledgePostInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  bodyMarkdown?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, 30–730 days ahead; omitted: 180 days from today.',
  })
  reviewBy?: string | null;
}

@InputType()
export class KnowledgePostFilter {
  @Field(() => KnowledgePostStatus, {
    nullable: true,
    description: 'Default PUBLISHED. DRAFT lists only drafts the viewer authors or owns.',
  })
  status?: KnowledgePostStatus | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Includes direct sub-departments.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: published posts past their review-by date; false: the others.',
  })
  needsReview?: boolean | null;
}
