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
import { RetryableConflictError } from '../../../database/dialect-sql';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import {
  IdempotencyService,
  type IdempotentRequest,
} from '../../points/services/idempotency.service';
import {
  GroupCommit,
  settledError,
  settledValue,
  type Settled,
} from '../../../common/batching/group-commit';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SearchIndexService } from '../../search/services/search-index.service';
import { KnowledgeCommentEntity } from '../entities/knowledge-comment.entity';
import { KnowledgePostLikeEntity } from '../entities/knowledge-post-like.entity';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';
import {
  addViewCounts,
  increment,
  lockPost,
  lockPosts,
  popularity,
  popularityStepChanged,
  visibleOrNotFound,
} from './knowledge-post-store';

/** Most views per group-commit transaction, and transactions at once on MySQL. */
const VIEW_BATCH_MAX = 200;
const VIEW_BATCH_WRITERS = 4;
import type { Page } from './knowledge-posts.service';

export type RecordedView = { counted: boolean; viewCount: number };

/** One queued view: who, which post, the validated idempotency request. */
export type ViewRequest = { viewer: Viewer; postId: string; request: IdempotentRequest };

/** A batch written without looking its keys up met a stored key: run it with the lookup. */
class StoredKeyFound extends Error {}

function assertPublished(post: Pick<KnowledgePostEntity, 'status'>): void {
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
  ) {
    this.views = new GroupCommit((batch) => this.recordViews(batch), {
      maxBatch: VIEW_BATCH_MAX,
      concurrency: this.db.dialect === 'sqlite' ? 1 : VIEW_BATCH_WRITERS,
    });
  }

  private readonly views: GroupCommit<ViewRequest, RecordedView>;

  /**
   * A member opened a published post. Every view is a usage event; it counts in viewCount (and
   * pays the author viewReceived, within the daily cap) only as the first view of the day by
   * someone other than the author. A retry with the same key replays the first answer.
   * Views are the hottest write: concurrent ones are group-committed (see recordViews).
   */
  recordView(viewer: Viewer, postId: string, idempotencyKey: string): Promise<RecordedView> {
    // Bad keys fail here, before queueing.
    const request = this.idempotency.prepare(viewer, 'recordView', { postId }, idempotencyKey);
    return this.views.submit({ viewer, postId, request });
  }

  /**
   * Records views in one transaction per organization, in a fixed number of statements: each
   * view is answered exactly as if recorded alone after the previous ones (replays, counted
   * once per day, caps), and a view that fails (unknown post, draft) fails alone.
   */
  async recordViews(views: readonly ViewRequest[]): Promise<Settled<RecordedView>[]> {
    const out: Settled<RecordedView>[] = new Array(views.length);
    const byOrg = new Map<string, number[]>();
    views.forEach((v, i) => {
      const list = byOrg.get(v.viewer.organizationId) ?? [];
      byOrg.set(v.viewer.organizationId, [...list, i]);
    });
    for (const [organizationId, indices] of byOrg) {
      const settled = await this.recordViewsOf(
        { organizationId },
        indices.map((i) => views[i]),
      );
      indices.forEach((i, k) => (out[i] = settled[k]));
    }
    return out;
  }

  /**
   * Retries with a key used before are rare (a client that lost the answer), so a batch first
   * runs without looking its keys up; if one of them turns out to be stored, the batch rolls
   * back and runs again with the lookup, which answers that view as a replay.
   */
  private async recordViewsOf(
    tenant: Tenant,
    views: readonly ViewRequest[],
  ): Promise<Settled<RecordedView>[]> {
    try {
      return await this.writeViews(tenant, views, false);
    } catch (error) {
      if (!(error instanceof StoredKeyFound)) throw error;
      return this.writeViews(tenant, views, true);
    }
  }

  private writeViews(
    tenant: Tenant,
    views: readonly ViewRequest[],
    lookUpKeys: boolean,
  ): Promise<Settled<RecordedView>[]> {
    return this.db.transaction(tenant, async (scope) => {
      const out: Settled<RecordedView>[] = new Array(views.length);
      const stored = lookUpKeys
        ? await this.idempotency.storedMany(
            scope,
            views.map((v) => v.request.key),
          )
        : new Map();
      const firstByKey = new Map<string, number>();
      const repeats: [number, number][] = [];
      const fresh: number[] = [];
      views.forEach((view, i) => {
        const first = firstByKey.get(view.request.key);
        try {
          if (first !== undefined) {
            // The same key earlier in this batch: same request → its answer, else a conflict.
            const earlier = views[first].request;
            this.idempotency.outcome(
              { fingerprint: earlier.fingerprint, resultJson: 'null' },
              view.request,
            );
            repeats.push([i, first]);
            return;
          }
          const outcome = this.idempotency.outcome<RecordedView>(
            stored.get(view.request.key),
            view.request,
          );
          if (outcome.found) out[i] = settledValue(outcome.value);
          else {
            firstByKey.set(view.request.key, i);
            fresh.push(i);
          }
        } catch (error) {
          out[i] = settledError(error);
        }
      });

      const posts = await lockPosts(scope, [...new Set(fresh.map((i) => views[i].postId))]);
      const accepted: number[] = [];
      for (const i of fresh) {
        try {
          const post = visibleOrNotFound(views[i].viewer, posts.get(views[i].postId) ?? null);
          assertPublished(post);
          accepted.push(i);
        } catch (error) {
          out[i] = settledError(error);
        }
      }
      if (!lookUpKeys && accepted.length < fresh.length) {
        // A refused view may retry one recorded before the post changed (unpublished since):
        // its stored key decides (the first answer, or a conflict), as with the lookup.
        const refused = fresh.filter((i) => !out[i].ok);
        const records = await this.idempotency.storedMany(
          scope,
          refused.map((i) => views[i].request.key),
        );
        for (const i of refused) {
          const record = records.get(views[i].request.key);
          if (!record) continue;
          try {
            const outcome = this.idempotency.outcome<RecordedView>(record, views[i].request);
            if (outcome.found) out[i] = settledValue(outcome.value);
          } catch (error) {
            out[i] = settledError(error);
          }
        }
      }

      const now = new Date();
      const awards = await this.ledger.recordMany(
        scope,
        accepted.map((i) => ({
          event: {
            kind: 'viewReceived',
            earnerId: posts.get(views[i].postId)!.authorId,
            actorId: views[i].viewer.memberId,
            sourceType: 'knowledgePost',
            sourceId: views[i].postId,
            occurredAt: now,
          },
          entryKey: `view:${uuidv7()}`,
        })),
        { newKeys: true },
      );
      const added = new Map<string, number>();
      accepted.forEach((i, k) => {
        const award = awards[k];
        // A capped or zero-rated view is still a distinct colleague's view of the day.
        const counted =
          award.counted || (award.reason !== 'selfAction' && award.reason !== 'duplicateToday');
        const post = posts.get(views[i].postId)!;
        const n = (added.get(post.id) ?? 0) + (counted ? 1 : 0);
        added.set(post.id, n);
        out[i] = settledValue({ counted, viewCount: post.viewCount + n });
      });
      await addViewCounts(scope, added);
      const moved = new Map<string, number>();
      for (const [postId, n] of added) {
        const post = posts.get(postId)!;
        const before = popularity(post);
        const after = popularity({ viewCount: post.viewCount + n, likeCount: post.likeCount });
        if (popularityStepChanged(before, after)) moved.set(postId, after);
      }
      await this.search.setPopularities(scope, 'knowledgePost', moved);
      const done = accepted.map((i) => ({
        viewer: views[i].viewer,
        operation: 'recordView',
        request: views[i].request,
        result: (out[i] as { value: RecordedView }).value,
      }));
      if (!(await this.idempotency.storeIfNew(scope, done))) {
        // Looked up and still taken: a concurrent request claimed it meanwhile (retry the
        // transaction, whose lookup then finds it); not looked up: rerun with the lookup.
        throw lookUpKeys ? new RetryableConflictError('idempotency_records') : new StoredKeyFound();
      }
      for (const [i, first] of repeats) out[i] = out[first];
      return out;
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
