import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  canEditPost,
  canReviewPost,
  canTransferPostOwner,
  canTransitionPost,
  defaultReviewBy,
  needsReview,
  postTransitionPointEffect,
  validatePublishable,
  type PostStatus,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { GuidelineService } from '../../guideline/services/guideline.service';
import { MemberEntity } from '../../identity/entities/member.entity';
import { IdempotencyService } from '../../points/services/idempotency.service';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SearchIndexService } from '../../search/services/search-index.service';
import { KnowledgePostTagEntity } from '../entities/knowledge-post-tag.entity';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';
import {
  accessFacts,
  checkedText,
  lockPost,
  organizationClock,
  searchDocument,
} from './knowledge-post-store';

// Shown in the points history: 「…を公開しました（取り消し：非公開にしたため）−10」.
const REVERSAL_REASONS: Record<'draft' | 'archived', { ja: string; en: string }> = {
  draft: { ja: '非公開にしたため', en: 'unpublished' },
  archived: { ja: 'アーカイブしたため', en: 'archived' },
};

/**
 * Status changes, ownership and reviews. Points follow the domain: entering `published` awards
 * knowledgePublished to the author (entry key publish:<postId>:<n>, n = times published);
 * leaving it reverses that award. Views and likes the post earned meanwhile are kept: they
 * were real reads by colleagues.
 */
@Injectable()
export class KnowledgeLifecycleService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly idempotency: IdempotencyService,
    private readonly search: SearchIndexService,
    private readonly guideline: GuidelineService,
  ) {}

  /** The guideline's content check must pass, or its flags be confirmed (recorded). */
  publish(viewer: Viewer, id: string, confirmFlags = false): Promise<KnowledgePostEntity> {
    return this.transition(viewer, id, 'published', confirmFlags);
  }

  unpublish(viewer: Viewer, id: string): Promise<KnowledgePostEntity> {
    return this.transition(viewer, id, 'draft');
  }

  archive(viewer: Viewer, id: string): Promise<KnowledgePostEntity> {
    return this.transition(viewer, id, 'archived');
  }

  private transition(
    viewer: Viewer,
    id: string,
    to: PostStatus,
    confirmFlags = false,
  ): Promise<KnowledgePostEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const post = await lockPost(scope, viewer, id);
      if (!canEditPost(viewer, accessFacts(post))) throw new ForbiddenError();
      const from = post.status as PostStatus;
      if (!canTransitionPost(from, to)) {
        throw BadUserInputError.field(
          'id',
          'status.invalidTransition',
          `A ${from} post cannot become ${to}`,
        );
      }
      if (to === 'published') {
        const publishable = validatePublishable(post);
        if (!publishable.ok) throw new BadUserInputError(publishable.errors);
        await this.guideline.assertPublishable(
          scope,
          viewer,
          checkedText(post, await this.tagsOf(scope, id)),
          confirmFlags,
        );
      }
      const now = new Date();
      const effect = postTransitionPointEffect(from, to);
      const publishCount = effect === 'award' ? post.publishCount + 1 : post.publishCount;
      Object.assign(post, {
        status: to,
        publishCount,
        updatedAt: now,
        ...(to === 'published' ? { publishedAt: now } : {}),
      });
      await scope.repo(KnowledgePostEntity).save(post);
      switch (effect) {
        case 'award':
          await this.ledger.record(
            scope,
            {
              kind: 'knowledgePublished',
              earnerId: post.authorId,
              actorId: viewer.memberId,
              sourceType: 'knowledgePost',
              sourceId: id,
              occurredAt: now,
            },
            `publish:${id}:${publishCount}`,
          );
          await this.search.index(scope, searchDocument(post, await this.tagsOf(scope, id)));
          break;
        case 'reverse': {
          const { locale } = await organizationClock(scope, now);
          await this.ledger.reverseSource(scope, {
            sourceType: 'knowledgePost',
            sourceId: id,
            kinds: ['knowledgePublished'],
            reason: REVERSAL_REASONS[to === 'archived' ? 'archived' : 'draft'][locale],
            keyPrefix: `${to === 'archived' ? 'archive' : 'unpublish'}:${id}:${publishCount}`,
            at: now,
          });
          await this.search.remove(scope, 'knowledgePost', id);
          break;
        }
        case 'none':
          break;
      }
      return post;
    });
  }

  private async tagsOf(scope: TenantScope, postId: string): Promise<string[]> {
    const rows = await scope
      .repo(KnowledgePostTagEntity)
      .find({ where: { postId }, order: { tag: 'ASC' } });
    return rows.map((r) => r.tag);
  }

  /** Hands the post to another active member (owner or admin); the owner keeps it current. */
  transferOwner(viewer: Viewer, id: string, ownerId: string): Promise<KnowledgePostEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const post = await lockPost(scope, viewer, id);
      if (!canTransferPostOwner(viewer, accessFacts(post))) throw new ForbiddenError();
      const owner = await scope.repo(MemberEntity).findOneBy({ id: ownerId });
      if (!owner || !owner.active) {
        throw BadUserInputError.field(
          'ownerId',
          'ownerId.invalid',
          'The new owner must be an active member of your organization',
        );
      }
      if (post.ownerId === ownerId) return post;
      post.ownerId = ownerId;
      post.updatedAt = new Date();
      await scope.repo(KnowledgePostEntity).save(post);
      return post;
    });
  }

  /**
   * "Still correct": the owner, or anyone once the owner is inactive (orphaned post), confirms a
   * published post past its review-by date. The date restarts at 180 days from today and the
   * reviewer earns knowledgeReviewed (one paid review per post per day, daily cap).
   */
  async confirmReview(viewer: Viewer, id: string, idempotencyKey: string): Promise<string> {
    const result = await this.idempotency.run(
      viewer,
      'confirmKnowledgeReview',
      { postId: id },
      idempotencyKey,
      async (scope) => {
        await this.review(scope, viewer, id);
        return { postId: id };
      },
    );
    return result.postId;
  }

  private async review(scope: TenantScope, viewer: Viewer, id: string): Promise<void> {
    const post = await lockPost(scope, viewer, id);
    const owner = await scope.repo(MemberEntity).findOneBy({ id: post.ownerId });
    const facts = {
      status: post.status as PostStatus,
      ownerId: post.ownerId,
      ownerActive: owner?.active ?? false,
      reviewBy: post.reviewBy,
    };
    if (facts.status !== 'published') {
      throw BadUserInputError.field(
        'id',
        'review.notPublished',
        'Only published posts are reviewed',
      );
    }
    if (!canReviewPost(viewer.memberId, facts)) throw new ForbiddenError();
    const now = new Date();
    const { today } = await organizationClock(scope, now);
    if (!needsReview(post.reviewBy, today)) {
      throw BadUserInputError.field(
        'id',
        'review.notDue',
        `This post is due for review after ${post.reviewBy}`,
      );
    }
    post.lastReviewedAt = now;
    post.reviewBy = defaultReviewBy(today);
    await scope.repo(KnowledgePostEntity).save(post);
    await this.ledger.record(
      scope,
      {
        kind: 'knowledgeReviewed',
        earnerId: viewer.memberId,
        actorId: viewer.memberId,
        sourceType: 'knowledgePost',
        sourceId: id,
        occurredAt: now,
      },
      `review:${uuidv7()}`,
    );
  }
}
