import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { canDeleteComment, validateKnowledgeComment } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { IdempotencyService } from '../../points/services/idempotency.service';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SearchIndexService } from '../../search/services/search-index.service';
import { KnowledgeCommentEntity } from '../entities/knowledge-comment.entity';
import { KnowledgePostLikeEntity } from '../entities/knowledge-post-like.entity';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';
import { increment, lockPost, popularity } from './knowledge-post-store';
import type { Page } from './knowledge-posts.service';

export type RecordedView = { counted: boolean; viewCount: number };

function assertPublished(post: KnowledgePostEntity): void {
  if (post.status !== 'published') {
    throw BadUserInputError.field('postId', 'post.notPublished', 'This post is not published');
  }
}

/** Reading, liking and discussing posts: the events that pay authors. */
@Injectable()
export class KnowledgeEngagementService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly idempotency: IdempotencyService,
    private readonly search: SearchIndexService,
  ) {}

  /**
   * A member opened a published post. Every view is a usage event; it counts in viewCount (and
   * pays the author viewReceived, within the daily cap) only as the first view of the day by
   * someone other than the author. A retry with the same key replays the first answer.
   */
  recordView(viewer: Viewer, postId: string, idempotencyKey: string): Promise<RecordedView> {
    return this.idempotency.run(viewer, 'recordView', { postId }, idempotencyKey, async (scope) => {
      const post = await lockPost(scope, viewer, postId);
      assertPublished(post);
      const award = await this.ledger.record(
        scope,
        {
          kind: 'viewReceived',
          earnerId: post.authorId,
          actorId: viewer.memberId,
          sourceType: 'knowledgePost',
          sourceId: postId,
          occurredAt: new Date(),
        },
        `view:${uuidv7()}`,
      );
      // A capped or zero-rated view is still a distinct colleague's view of the day.
      const counted =
        award.counted || (award.reason !== 'selfAction' && award.reason !== 'duplicateToday');
      if (counted) {
        await scope
          .repo(KnowledgePostEntity)
          .update({ id: postId }, { viewCount: increment('view_count', 1) });
        await this.search.setPopularity(
          scope,
          'knowledgePost',
          postId,
          popularity({ viewCount: post.viewCount + 1, likeCount: post.likeCount }),
        );
      }
      return { counted, viewCount: post.viewCount + (counted ? 1 : 0) };
    });
  }

  /**
   * 役に立った. The author earns likeReceived once per member and post ever (unlike and like
   * again pays nothing; the domain's lifetime dedupe), never for liking one's own post.
   * Liking twice is a no-op.
   */
  async like(viewer: Viewer, postId: string, idempotencyKey: string): Promise<void> {
    await this.idempotency.run(
      viewer,
      'likeKnowledgePost',
      { postId },
      idempotencyKey,
      async (scope) => {
        const post = await lockPost(scope, viewer, postId);
        assertPublished(post);
        const likes = scope.repo(KnowledgePostLikeEntity);
        if (await likes.existsBy({ postId, memberId: viewer.memberId })) return { liked: true };
        const now = new Date();
        await likes.insert(likes.create({ postId, memberId: viewer.memberId, createdAt: now }));
        await scope
          .repo(KnowledgePostEntity)
          .update({ id: postId }, { likeCount: increment('like_count', 1) });
        await this.ledger.record(
          scope,
          {
            kind: 'likeReceived',
            earnerId: post.authorId,
            actorId: viewer.memberId,
            sourceType: 'knowledgePost',
            sourceId: postId,
            occurredAt: now,
          },
          `like:${uuidv7()}`,
        );
        await this.search.setPopularity(
          scope,
          'knowledgePost',
          postId,
          popularity({ viewCount: post.viewCount, likeCount: post.likeCount + 1 }),
        );
        return { liked: true };
      },
    );
  }

  /** Takes a like back. The author keeps the points (the once-per-member rule already holds). */
  async unlike(viewer: Viewer, postId: string): Promise<void> {
    await this.db.transaction(viewer, async (scope) => {
      const post = await lockPost(scope, viewer, postId);
      const removed = await scope
        .repo(KnowledgePostLikeEntity)
        .delete({ postId, memberId: viewer.memberId });
      if (removed > 0) {
        await scope
          .repo(KnowledgePostEntity)
          .update({ id: postId }, { likeCount: increment('like_count', -1) });
        await this.search.setPopularity(
          scope,
          'knowledgePost',
          postId,
          popularity({ viewCount: post.viewCount, likeCount: post.likeCount - 1 }),
        );
      }
    });
  }

  async addComment(viewer: Viewer, postId: string, body: string): Promise<KnowledgeCommentEntity> {
    const valid = validateKnowledgeComment(body);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(viewer, async (scope) => {
      const post = await lockPost(scope, viewer, postId);
      assertPublished(post);
      const comments = scope.repo(KnowledgeCommentEntity);
      const comment = comments.create({
        id: uuidv7(),
        postId,
        authorId: viewer.memberId,
        body: valid.value,
        createdAt: new Date(),
        deletedAt: null,
      });
      await comments.insert(comment);
      await scope
        .repo(KnowledgePostEntity)
        .update({ id: postId }, { commentCount: increment('comment_count', 1) });
      return comment;
    });
  }

  /** Soft delete by the comment's author or an admin; returns the post. */
  async deleteComment(viewer: Viewer, commentId: string): Promise<string> {
    const found = await this.db
      .scope(viewer)
      .repo(KnowledgeCommentEntity)
      .findOneBy({ id: commentId, deletedAt: IsNull() });
    if (!found) throw new NotFoundError('Comment');
    return this.db.transaction(viewer, async (scope) => {
      await lockPost(scope, viewer, found.postId);
      const comment = await this.liveComment(scope, commentId);
      if (!canDeleteComment(viewer, comment)) throw new ForbiddenError();
      await scope.repo(KnowledgeCommentEntity).update({ id: commentId }, { deletedAt: new Date() });
      await scope
        .repo(KnowledgePostEntity)
        .update({ id: comment.postId }, { commentCount: increment('comment_count', -1) });
      return comment.postId;
    });
  }

  /** Oldest first, like a conversation; deleted comments are left out. */
  async comments(
    viewer: Viewer,
    postId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<KnowledgeCommentEntity>> {
    assertPageSize(first);
    const qb = this.db
      .scope(viewer)
      .repo(KnowledgeCommentEntity)
      .query('c')
      .andWhere('c.post_id = :postId AND c.deleted_at IS NULL', { postId });
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('c.id > :id', { id });
    }
    const rows = await qb
      .orderBy('c.id', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      cursors: nodes.map((c) => encodeCursor([c.id])),
    };
  }

  private async liveComment(scope: TenantScope, id: string): Promise<KnowledgeCommentEntity> {
    const comment = await scope.repo(KnowledgeCommentEntity).findOneBy({ id, deletedAt: IsNull() });
    if (!comment) throw new NotFoundError('Comment');
    return comment;
  }
}
