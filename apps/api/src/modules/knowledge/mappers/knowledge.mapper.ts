import {
  KnowledgePostStatus,
  type KnowledgeCommentModel,
  type KnowledgePostModel,
} from '../dto/knowledge-post.model';
import type { KnowledgeCommentEntity } from '../entities/knowledge-comment.entity';
import type { KnowledgePostEntity } from '../entities/knowledge-post.entity';

const STATUS: Record<string, KnowledgePostStatus> = {
  draft: KnowledgePostStatus.DRAFT,
  published: KnowledgePostStatus.PUBLISHED,
  archived: KnowledgePostStatus.ARCHIVED,
};

export function toKnowledgePostModel(entity: KnowledgePostEntity): KnowledgePostModel {
  const status = STATUS[entity.status];
  if (!status) throw new Error(`Unknown knowledge post status ${entity.status}`);
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    authorId: entity.authorId,
    ownerId: entity.ownerId,
    departmentId: entity.departmentId,
    title: entity.title,
    bodyMarkdown: entity.bodyMarkdown,
    status,
    reviewBy: entity.reviewBy,
    lastReviewedAt: entity.lastReviewedAt,
    publishedAt: entity.publishedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    viewCount: entity.viewCount,
    likeCount: entity.likeCount,
    commentCount: entity.commentCount,
  };
}

export function toKnowledgeCommentModel(entity: KnowledgeCommentEntity): KnowledgeCommentModel {
  return {
    id: entity.id,
    postId: entity.postId,
    authorId: entity.authorId,
    body: entity.body,
    createdAt: entity.createdAt,
  };
}
