import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum KnowledgePostStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
registerEnumType(KnowledgePostStatus, {
  name: 'KnowledgePostStatus',
  description: 'DRAFT (only author and owner see it) → PUBLISHED → ARCHIVED (still readable).',
});

@ObjectType('KnowledgePost', { description: 'A knowledge post (ナレッジ).' })
export class KnowledgePostModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Raw Markdown (GFM); render it sanitized.' })
  bodyMarkdown: string;

  @Field(() => KnowledgePostStatus)
  status: KnowledgePostStatus;

  @Field({ description: 'Local date (YYYY-MM-DD) after which the post needs review.' })
  reviewBy: string;

  @Field(() => Date, { nullable: true })
  lastReviewedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Distinct viewer-days by members other than the author.' })
  viewCount: number;

  @Field(() => Int)
  likeCount: number;

  @Field(() => Int)
  commentCount: number;

  // Resolved by field resolvers (tags, department, author, owner, needsReview, likedByMe,
  // comments, revisionCount, canEdit) from these:
  organizationId: string;
  authorId: string;
  ownerId: string;
  departmentId: string | null;
}

@ObjectType()
export class KnowledgePostEdge {
  @Field()
  cursor: string;

  @Field(() => KnowledgePostModel)
  node: KnowledgePostModel;
}

@ObjectType()
export class KnowledgePostConnection {
  @Field(() => [KnowledgePostEdge])
  edges: KnowledgePostEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('KnowledgeComment')
export class KnowledgeCommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  authorId: string;
}

@ObjectType()
export class KnowledgeCommentEdge {
  @Field()
  cursor: string;

  @Field(() => KnowledgeCommentModel)
  node: KnowledgeCommentModel;
}

@ObjectType()
export class KnowledgeCommentConnection {
  @Field(() => [KnowledgeCommentEdge])
  edges: KnowledgeCommentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('KnowledgePostRevision', {
  description: 'The post as saved once: who changed what, when.',
})
export class KnowledgePostRevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field()
  title: string;

  @Field()
  bodyMarkdown: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => [String], {
    description:
      'What this save changed against the previous revision: title, bodyMarkdown, tags (all three for the first).',
  })
  changedFields: string[];

  @Field()
  createdAt: Date;

  editorId: string;
}

@ObjectType()
export class KnowledgePostRevisionEdge {
  @Field()
  cursor: string;

  @Field(() => KnowledgePostRevisionModel)
  node: KnowledgePostRevisionModel;
}

@ObjectType()
export class KnowledgePostRevisionConnection {
  @Field(() => [KnowledgePostRevisionEdge])
  edges: KnowledgePostRevisionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class TagCount {
  @Field()
  tag: string;

  @Field(() => Int, { description: 'Published posts with the tag.' })
  count: number;
}

@ObjectType()
export class RecordViewResult {
  @Field({
    description:
      'True when this view counted in viewCount: the first view today (organization time zone) by a member other than the author. Points then follow the rules and the author’s daily cap.',
  })
  counted: boolean;

  @Field(() => Int)
  viewCount: number;
}
