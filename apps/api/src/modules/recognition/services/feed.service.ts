import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  REACTION_EMOJIS,
  validateFeedComment,
  validateReactionEmoji,
  type FeedItemType,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { insertIfAbsent } from '../../../database/dialect-sql';
import { isUniqueViolation } from '../../../database/unique-violation';
import { MemberEntity } from '../../identity/entities/member.entity';
import { FeedCommentEntity } from '../entities/feed-comment.entity';
import { FeedItemEntity } from '../entities/feed-item.entity';
import { FeedReactionEntity } from '../entities/feed-reaction.entity';
import { LiveEvents } from './live-events';
import type { RecognitionPayload } from './recognition-payload';

export type FeedFilter = 'ALL' | 'MY_DEPARTMENT' | 'MINE';

export type NewFeedItem = {
  sourceKey: string;
  type: FeedItemType;
  actorId: string | null;
  subjectId: string | null;
  payload: RecognitionPayload;
  createdAt: Date;
};

export type ReactionCount = { emoji: string; count: number; reactedByMe: boolean };

/** The recognition feed: items written once per source by event handlers, reactions, comments. */
@Injectable()
export class FeedService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Writes an item unless one with the same source key exists (handlers may see an event
   * twice); publishes it live after commit. Returns whether it was new.
   */
  async write(tenant: Tenant, item: NewFeedItem): Promise<boolean> {
    return this.db.transaction(tenant, async (scope) => {
      const about = item.subjectId ?? item.actorId;
      const member = about ? await scope.repo(MemberEntity).findOneBy({ id: about }) : null;
      const row: FeedItemEntity = {
        id: uuidv7(),
        organizationId: tenant.organizationId,
        sourceKey: item.sourceKey,
        type: item.type,
        actorId: item.actorId,
        subjectId: item.subjectId,
        departmentId: member?.departmentId ?? null,
        payload: JSON.stringify(item.payload),
        createdAt: item.createdAt,
      };
      const inserted = await insertIfAbsent(
        scope.manager,
        'feed_items',
        [
          'id',
          'organization_id',
          'source_key',
          'type',
          'actor_id',
          'subject_id',
          'department_id',
          'payload',
          'created_at',
        ],
        [
          row.id,
          row.organizationId,
          row.sourceKey,
          row.type,
          row.actorId,
          row.subjectId,
          row.departmentId,
          row.payload,
          row.createdAt,
        ],
      );
      if (inserted) scope.afterCommit(() => this.live.feedItemAdded(row));
      return inserted;
    });
  }

  /** Removes a source's item with its reactions and comments (a reversed kudos). */
  async removeBySource(scope: TenantScope, sourceKey: string): Promise<void> {
    const item = await scope.repo(FeedItemEntity).findOneBy({ sourceKey });
    if (!item) return;
    await scope.repo(FeedReactionEntity).delete({ feedItemId: item.id });
    await scope.repo(FeedCommentEntity).delete({ feedItemId: item.id });
    await scope.repo(FeedItemEntity).delete({ id: item.id });
  }

  /** Newest first (UUIDv7 ids are time-ordered), keyset-paginated by id. */
  async list(
    viewer: Viewer,
    filter: FeedFilter,
    first: number,
    after: string | null,
  ): Promise<{ nodes: FeedItemEntity[]; hasNextPage: boolean }> {
    assertPageSize(first);
    const scope = this.db.scope(viewer);
    const qb = scope.repo(FeedItemEntity).query('f');
    if (filter === 'MY_DEPARTMENT') {
      const me = await scope.repo(MemberEntity).findOneBy({ id: viewer.memberId });
      if (!me?.departmentId) return { nodes: [], hasNextPage: false };
      qb.andWhere('f.departmentId = :dept', { dept: me.departmentId });
    } else if (filter === 'MINE') {
      qb.andWhere('(f.actorId = :me OR f.subjectId = :me)', { me: viewer.memberId });
    }
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('f.id < :after', { after: String(id) });
    }
    const rows = await qb
      .orderBy('f.id', 'DESC')
      .take(first + 1)
      .getMany();
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  cursorOf(item: { id: string }): string {
    return encodeCursor([item.id]);
  }

  async get(tenant: Tenant, id: string): Promise<FeedItemEntity> {
    const item = await this.db.scope(tenant).repo(FeedItemEntity).findOneBy({ id });
    if (!item) throw new NotFoundError('Feed item');
    return item;
  }

  /** Toggles the viewer's reaction: adds it, or removes it when already there. */
  async react(viewer: Viewer, itemId: string, rawEmoji: string): Promise<FeedItemEntity> {
    const emoji = validateReactionEmoji(rawEmoji);
    if (!emoji.ok) throw new BadUserInputError(emoji.errors);
    const item = await this.get(viewer, itemId);
    await this.db.transaction(viewer, async (scope) => {
      const repo = scope.repo(FeedReactionEntity);
      const key = { feedItemId: item.id, memberId: viewer.memberId, emoji: emoji.value };
      if ((await repo.delete(key)) > 0) return;
      try {
        await repo.insert(repo.create({ ...key, createdAt: new Date() }));
      } catch (error) {
        // A concurrent double click inserted it first: the reaction is there either way.
        if (!isUniqueViolation(error)) throw error;
      }
    });
    return item;
  }

  async comment(viewer: Viewer, itemId: string, body: string): Promise<FeedCommentEntity> {
    const text = validateFeedComment(body);
    if (!text.ok) throw new BadUserInputError(text.errors);
    const item = await this.get(viewer, itemId);
    const repo = this.db.scope(viewer).repo(FeedCommentEntity);
    const comment = repo.create({
      id: uuidv7(),
      feedItemId: item.id,
      authorId: viewer.memberId,
      body: text.value,
      createdAt: new Date(),
    });
    await repo.insert(comment);
    return comment;
  }

  // ---------------------------------------------------------------- batch reads (loaders)

  async reactionCounts(
    viewer: Viewer,
    itemIds: readonly string[],
  ): Promise<Map<string, ReactionCount[]>> {
    const rows = await this.db
      .scope(viewer)
      .repo(FeedReactionEntity)
      .findBy({ feedItemId: In([...itemIds]) });
    const result = new Map<string, ReactionCount[]>();
    for (const id of itemIds) {
      const mine = rows.filter((r) => r.feedItemId === id);
      result.set(
        id,
        REACTION_EMOJIS.map((emoji) => {
          const of = mine.filter((r) => r.emoji === emoji);
          return {
            emoji,
            count: of.length,
            reactedByMe: of.some((r) => r.memberId === viewer.memberId),
          };
        }).filter((r) => r.count > 0),
      );
    }
    return result;
  }

  async commentCounts(tenant: Tenant, itemIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .scope(tenant)
      .repo(FeedCommentEntity)
      .query('c')
      .select('c.feed_item_id', 'itemId')
      .addSelect('COUNT(*)', 'count')
      .andWhere('c.feedItemId IN (:...ids)', { ids: [...itemIds] })
      .groupBy('c.feed_item_id')
      .getRawMany<{ itemId: string; count: string | number }>();
    return new Map(rows.map((r) => [r.itemId, Number(r.count)]));
  }

  /** The latest `last` comments of an item, oldest first (for display under the item). */
  async latestComments(tenant: Tenant, itemId: string, last: number): Promise<FeedCommentEntity[]> {
    const rows = await this.db
      .scope(tenant)
      .repo(FeedCommentEntity)
      .find({ where: { feedItemId: itemId }, order: { id: 'DESC' }, take: last });
    return rows.reverse();
  }
}
