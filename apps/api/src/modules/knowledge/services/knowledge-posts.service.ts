import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  canEditPost,
  canReviewPost,
  defaultReviewBy,
  normalizeTag,
  reviewEarnsPoints,
  validateKnowledgeBody,
  validateKnowledgePostContent,
  validateKnowledgeTags,
  validateKnowledgeTitle,
  validateReviewBy,
  type FieldError,
  type KnowledgePostContent,
  type PostStatus,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { MemberEntity } from '../../identity/entities/member.entity';
import { GuidelineService } from '../../guideline/services/guideline.service';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SearchIndexService } from '../../search/services/search-index.service';
import { KnowledgePostRevisionEntity } from '../entities/knowledge-post-revision.entity';
import { KnowledgePostTagEntity } from '../entities/knowledge-post-tag.entity';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';
import {
  accessFacts,
  checkedText,
  lockPost,
  organizationClock,
  searchDocument,
  visibleOrNotFound,
} from './knowledge-post-store';

export type KnowledgePostDraft = {
  title: string;
  bodyMarkdown: string;
  tags: string[];
  departmentId?: string | null;
  reviewBy?: string | null;
};

export type KnowledgePostPatch = {
  title?: string | null;
  bodyMarkdown?: string | null;
  tags?: string[] | null;
  departmentId?: string | null;
  reviewBy?: string | null;
};

export type KnowledgePostListFilter = {
  status?: PostStatus | null;
  tag?: string | null;
  departmentId?: string | null;
  authorId?: string | null;
  needsReview?: boolean | null;
};

export type Page<T> = { nodes: T[]; cursors: string[]; hasNextPage: boolean };

export type RevisionView = {
  revision: KnowledgePostRevisionEntity;
  tags: string[];
  changedFields: string[];
};

function invalid(errors: FieldError[]): never {
  throw new BadUserInputError(errors);
}

/** Knowledge posts: reading, writing and their edit history. */
@Injectable()
export class KnowledgePostsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly search: SearchIndexService,
    private readonly guideline: GuidelineService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<KnowledgePostEntity> {
    return visibleOrNotFound(
      viewer,
      await this.db.scope(viewer).repo(KnowledgePostEntity).findOneBy({ id }),
    );
  }

  /** Most recently updated first, keyset-paginated. */
  async list(
    viewer: Viewer,
    filter: KnowledgePostListFilter,
    first: number,
    after?: string | null,
  ): Promise<Page<KnowledgePostEntity>> {
    assertPageSize(first);
    const scope = this.db.scope(viewer);
    const qb = scope.repo(KnowledgePostEntity).query('p');
    const status = filter.status ?? 'published';
    qb.andWhere('p.status = :status', { status });
    if (status === 'draft') {
      qb.andWhere('(p.author_id = :me OR p.owner_id = :me)', { me: viewer.memberId });
    }
    if (filter.tag) {
      qb.andWhere(
        'p.id IN (SELECT t.post_id FROM knowledge_post_tags t WHERE t.organization_id = :__tenantOrganizationId AND t.tag = :tag)',
        { tag: normalizeTag(filter.tag) },
      );
    }
    if (filter.departmentId) {
      qb.andWhere(
        '(p.department_id = :dep OR p.department_id IN (SELECT d.id FROM departments d WHERE d.parent_id = :dep AND d.organization_id = :__tenantOrganizationId))',
        { dep: filter.departmentId },
      );
    }
    if (filter.authorId) qb.andWhere('p.author_id = :author', { author: filter.authorId });
    if (filter.needsReview !== undefined && filter.needsReview !== null) {
      const { today } = await organizationClock(scope);
      qb.andWhere(
        filter.needsReview
          ? "(p.status = 'published' AND p.review_by < :today)"
          : "(p.status <> 'published' OR p.review_by >= :today)",
        { today },
      );
    }
    if (after) {
      const [updatedAt, id] = decodeCursor(after, 2);
      const at = new Date(String(updatedAt));
      if (Number.isNaN(at.getTime())) {
        throw BadUserInputError.field(
          'after',
          'cursor.invalid',
          'The pagination cursor is invalid',
        );
      }
      qb.andWhere('(p.updated_at < :at OR (p.updated_at = :at AND p.id < :id))', { at, id });
    }
    const rows = await qb
      .orderBy('p.updated_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      cursors: nodes.map((p) => encodeCursor([p.updatedAt.toISOString(), p.id])),
    };
  }

  /** Tags of published posts with their post counts, most used first. */
  async tagCounts(viewer: Viewer): Promise<{ tag: string; count: number }[]> {
    const rows = await this.db
      .scope(viewer)
      .repo(KnowledgePostTagEntity)
      .query('t')
      .innerJoin(
        KnowledgePostEntity,
        'p',
        'p.id = t.post_id AND p.organization_id = t.organization_id AND p.status = :published',
        { published: 'published' },
      )
      .select('t.tag', 'tag')
      .addSelect('COUNT(*)', 'count')
      .groupBy('t.tag')
      .getRawMany<{ tag: string; count: string | number }>();
    return rows
      .map((r) => ({ tag: r.tag, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  /** A new draft; the author owns it. The first revision records the initial content. */
  async create(viewer: Viewer, draft: KnowledgePostDraft): Promise<KnowledgePostEntity> {
    const content = this.validContent(draft);
    return this.db.transaction(viewer, async (scope) => {
      const { today } = await organizationClock(scope);
      const reviewBy = this.reviewByFor(draft.reviewBy, today);
      const departmentId = await this.validDepartment(scope, draft.departmentId ?? null);
      const now = new Date();
      const repo = scope.repo(KnowledgePostEntity);
      const post = repo.create({
        id: uuidv7(),
        authorId: viewer.memberId,
        ownerId: viewer.memberId,
        departmentId,
        title: content.title,
        bodyMarkdown: content.bodyMarkdown,
        status: 'draft',
        reviewBy,
        publishedAt: null,
        lastReviewedAt: null,
        publishCount: 0,
        viewCount: 0,
        likeCount: 0,
        commentCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insert(post);
      await this.writeTags(scope, post.id, content.tags);
      await this.writeRevision(scope, post, content.tags, viewer.memberId, now);
      return post;
    });
  }

  /**
   * Saves an edit (author, owner or admin) and its revision. The review-by date restarts at
   * 180 days from today unless one is given. When the post was due for review and the editor
   * may review it (owner, or anyone for an orphaned post), the edit counts as the review.
   * Editing a published post publishes the new content: it passes the guideline's content
   * check (flags refused unless `confirmFlags`, which is recorded) and is re-indexed.
   */
  async update(
    viewer: Viewer,
    id: string,
    patch: KnowledgePostPatch,
    confirmFlags = false,
  ): Promise<KnowledgePostEntity> {
    // Validate what was sent before touching the database (a 10 MB body stops here).
    const sent = this.validPatch(patch);
    return this.db.transaction(viewer, async (scope) => {
      const post = await lockPost(scope, viewer, id);
      if (!canEditPost(viewer, accessFacts(post))) throw new ForbiddenError();
      const clock = await organizationClock(scope);
      const reviewBy = this.reviewByFor(patch.reviewBy, clock.today);
      const departmentId =
        patch.departmentId === undefined
          ? post.departmentId
          : await this.validDepartment(scope, patch.departmentId);
      const currentTags = (await scope.repo(KnowledgePostTagEntity).findBy({ postId: id }))
        .map((t) => t.tag)
        .sort();
      const tags = sent.tags ?? currentTags;
      const now = new Date();
      const owner = await scope.repo(MemberEntity).findOneBy({ id: post.ownerId });
      const review = {
        status: post.status as PostStatus,
        ownerId: post.ownerId,
        ownerActive: owner?.active ?? false,
        reviewBy: post.reviewBy,
      };
      const reviewed =
        reviewEarnsPoints(review, clock.today) && canReviewPost(viewer.memberId, review);
      Object.assign(post, {
        title: sent.title ?? post.title,
        bodyMarkdown: sent.bodyMarkdown ?? post.bodyMarkdown,
        departmentId,
        reviewBy,
        updatedAt: now,
        ...(reviewed ? { lastReviewedAt: now } : {}),
      });
      await scope.repo(KnowledgePostEntity).save(post);
      if (sent.tags) await this.writeTags(scope, id, sent.tags);
      await this.writeRevision(scope, post, tags, viewer.memberId, now);
      if (post.status === 'published') {
        await this.guideline.assertPublishable(
          scope,
          viewer,
          checkedText(post, tags),
          confirmFlags,
        );
        await this.search.index(scope, searchDocument(post, tags));
      }
      if (reviewed) {
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
      return post;
    });
  }

  /** Newest first; each revision says which fields it changed against the one before. */
  async revisions(
    viewer: Viewer,
    postId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<RevisionView>> {
    assertPageSize(first);
    await this.get(viewer, postId);
    const qb = this.db
      .scope(viewer)
      .repo(KnowledgePostRevisionEntity)
      .query('r')
      .andWhere('r.post_id = :postId', { postId });
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('r.id < :id', { id });
    }
    // One extra row: tells whether there is a next page and is the last row's predecessor.
    const rows = await qb
      .orderBy('r.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const tagsOf = (r: KnowledgePostRevisionEntity) => JSON.parse(r.tagsJson) as string[];
    const nodes = page.map((revision, i) => {
      const previous = rows[i + 1];
      const tags = tagsOf(revision);
      const changedFields = previous
        ? [
            ...(previous.title !== revision.title ? ['title'] : []),
            ...(previous.bodyMarkdown !== revision.bodyMarkdown ? ['bodyMarkdown'] : []),
            ...(JSON.stringify([...tagsOf(previous)].sort()) !== JSON.stringify([...tags].sort())
              ? ['tags']
              : []),
          ]
        : ['title', 'bodyMarkdown', 'tags'];
      return { revision, tags, changedFields };
    });
    return {
      nodes,
      hasNextPage: rows.length > first,
      cursors: page.map((r) => encodeCursor([r.id])),
    };
  }

  private validContent(input: {
    title: string;
    bodyMarkdown: string;
    tags: readonly string[];
  }): KnowledgePostContent {
    const result = validateKnowledgePostContent(input);
    return result.ok ? result.value : invalid(result.errors);
  }

  /** The fields a patch sets, validated together (null or omitted = unchanged). */
  private validPatch(patch: KnowledgePostPatch): Partial<KnowledgePostContent> {
    const title = patch.title == null ? null : validateKnowledgeTitle(patch.title);
    const body = patch.bodyMarkdown == null ? null : validateKnowledgeBody(patch.bodyMarkdown);
    const tags = patch.tags == null ? null : validateKnowledgeTags(patch.tags);
    const errors = [title, body, tags].flatMap((r) => (r && !r.ok ? r.errors : []));
    if (errors.length > 0) invalid(errors);
    return {
      ...(title?.ok ? { title: title.value } : {}),
      ...(body?.ok ? { bodyMarkdown: body.value } : {}),
      ...(tags?.ok ? { tags: tags.value } : {}),
    };
  }

  private reviewByFor(input: string | null | undefined, today: string): string {
    if (input === undefined || input === null || input.trim() === '') return defaultReviewBy(today);
    const result = validateReviewBy(input, today);
    return result.ok ? result.value : invalid(result.errors);
  }

  private async validDepartment(scope: TenantScope, id: string | null): Promise<string | null> {
    if (id === null) return null;
    if (!(await scope.repo(DepartmentEntity).existsBy({ id }))) {
      throw BadUserInputError.field(
        'departmentId',
        'departmentId.unknown',
        'There is no such department',
      );
    }
    return id;
  }

  private async writeTags(scope: TenantScope, postId: string, tags: string[]): Promise<void> {
    const repo = scope.repo(KnowledgePostTagEntity);
    await repo.delete({ postId });
    await repo.insert(tags.map((tag) => repo.create({ postId, tag })));
  }

  private async writeRevision(
    scope: TenantScope,
    post: KnowledgePostEntity,
    tags: string[],
    editorId: string,
    at: Date,
  ): Promise<void> {
    const repo = scope.repo(KnowledgePostRevisionEntity);
    await repo.insert(
      repo.create({
        id: uuidv7(),
        postId: post.id,
        editorId,
        title: post.title,
        bodyMarkdown: post.bodyMarkdown,
        tagsJson: JSON.stringify(tags),
        createdAt: at,
      }),
    );
  }
}
