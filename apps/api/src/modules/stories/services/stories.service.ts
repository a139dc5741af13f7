import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  canReviewStory,
  hoursSavedPerMonth,
  normalizeText,
  storyTransitionActor,
  validateStoryReview,
  type FieldError,
  type StoryStatus,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { ActivityBus } from '../../../common/events/activity-bus';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { MemberEntity } from '../../identity/entities/member.entity';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { GuidelineService } from '../../guideline/services/guideline.service';
import { SearchIndexService } from '../../search/services/search-index.service';
import { PromptTemplateEntity } from '../../templates/entities/prompt-template.entity';
import { SuccessStoryEntity } from '../entities/success-story.entity';
import { SuccessStoryTemplateEntity } from '../entities/success-story-template.entity';

export type StoryDraft = {
  title: string;
  improved: string;
  howMarkdown: string;
  minutesBefore: number;
  minutesAfter: number;
  occurrencesPerMonth: number;
  qualityNote?: string | null;
  templateIds: string[];
};

export type StoryFilter = {
  status?: StoryStatus | null;
  authorId?: string | null;
  templateId?: string | null;
  reviewable: boolean;
  mine: boolean;
};

/** What a viewer may do with stories: their reviewer departments (own + sub-departments). */
export type ReviewerContext = { viewer: Viewer; departmentIds: string[]; isAdmin: boolean };

const MAX_BODY_BYTES = 60_000;
const MAX_TEMPLATES = 10;

/**
 * Success stories (成功事例): draft → submitted → approved or returned with a comment, by a
 * manager or ambassador of the author's department (never the author). Approval pays the
 * author and a bonus to the authors of the templates used; returning an approved story
 * reverses what it paid.
 */
@Injectable()
export class StoriesService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly search: SearchIndexService,
    private readonly guideline: GuidelineService,
    private readonly bus: ActivityBus,
  ) {}

  async reviewerContext(viewer: Viewer): Promise<ReviewerContext> {
    const scope = this.db.scope(viewer);
    const me = await scope
      .repo(MemberEntity)
      .findOne({ where: { id: viewer.memberId }, select: { departmentId: true } });
    const departmentIds: string[] = [];
    if (me?.departmentId) {
      departmentIds.push(me.departmentId);
      const children = await scope.repo(DepartmentEntity).findBy({ parentId: me.departmentId });
      departmentIds.push(...children.map((d) => d.id));
    }
    return { viewer, departmentIds, isAdmin: viewer.roles.includes('admin') };
  }

  canReview(ctx: ReviewerContext, story: SuccessStoryEntity): boolean {
    return canReviewStory({
      reviewer: {
        id: ctx.viewer.memberId,
        roles: ctx.viewer.roles,
        departmentIds: ctx.departmentIds,
      },
      story: { authorId: story.authorId, authorDepartmentId: story.departmentId },
    });
  }

  /** Approved stories are public in the organization; others only to author and reviewers. */
  canSee(ctx: ReviewerContext, story: SuccessStoryEntity): boolean {
    return (
      story.status === 'approved' ||
      story.authorId === ctx.viewer.memberId ||
      ctx.isAdmin ||
      (story.status !== 'draft' && this.canReview(ctx, story))
    );
  }

  async get(ctx: ReviewerContext, id: string): Promise<SuccessStoryEntity> {
    const story = await this.db.scope(ctx.viewer).repo(SuccessStoryEntity).findOneBy({ id });
    if (!story || !this.canSee(ctx, story)) throw new NotFoundError('Success story');
    return story;
  }

  async list(ctx: ReviewerContext, filter: StoryFilter, first: number, after?: string | null) {
    assertPageSize(first);
    const qb = this.db.scope(ctx.viewer).repo(SuccessStoryEntity).query('s');
    const me = ctx.viewer.memberId;
    const reviewer = ctx.viewer.roles.some((r) => r === 'manager' || r === 'ambassador');
    if (filter.mine) {
      qb.andWhere('s.authorId = :me', { me });
    } else if (filter.reviewable) {
      if (!reviewer || ctx.departmentIds.length === 0)
        return { nodes: [], hasNextPage: false, cursors: [] };
      qb.andWhere("s.status = 'submitted' AND s.authorId <> :me AND s.departmentId IN (:...deps)", {
        me,
        deps: ctx.departmentIds,
      });
    } else if (!ctx.isAdmin) {
      const visible = ["s.status = 'approved'", 's.authorId = :me'];
      if (reviewer && ctx.departmentIds.length)
        visible.push("(s.status <> 'draft' AND s.departmentId IN (:...deps))");
      qb.andWhere(`(${visible.join(' OR ')})`, { me, deps: ctx.departmentIds });
    } else {
      qb.andWhere("(s.status <> 'draft' OR s.authorId = :me)", { me });
    }
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.authorId) qb.andWhere('s.authorId = :author', { author: filter.authorId });
    if (filter.templateId) {
      qb.andWhere(
        's.id IN (SELECT st.story_id FROM success_story_templates st WHERE st.template_id = :tpl AND st.organization_id = :__tenantOrganizationId)',
        { tpl: filter.templateId },
      );
    }
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('s.id < :after', { after: id });
    }
    const rows = await qb
      .orderBy('s.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      cursors: nodes.map((n) => encodeCursor([n.id])),
    };
  }

  async create(viewer: Viewer, draft: StoryDraft): Promise<SuccessStoryEntity> {
    const valid = this.validate(draft);
    return this.db.transaction(viewer, async (scope) => {
      await this.assertTemplates(scope, valid.templateIds);
      const now = new Date();
      const repo = scope.repo(SuccessStoryEntity);
      const story = repo.create({
        id: uuidv7(),
        authorId: viewer.memberId,
        departmentId: null,
        ...valid.fields,
        status: 'draft',
        reviewerId: null,
        reviewComment: null,
        submittedAt: null,
        reviewedAt: null,
        approvedAt: null,
        approvalCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insert(story);
      await this.replaceTemplates(scope, story.id, valid.templateIds);
      return story;
    });
  }

  async update(viewer: Viewer, id: string, draft: StoryDraft): Promise<SuccessStoryEntity> {
    const valid = this.validate(draft);
    return this.db.transaction(viewer, async (scope) => {
      const story = await this.ownStory(scope, viewer, id);
      if (story.status !== 'draft' && story.status !== 'returned') {
        throw BadUserInputError.field(
          'id',
          'story.notEditable',
          'Only draft or returned stories can be edited',
        );
      }
      await this.assertTemplates(scope, valid.templateIds);
      Object.assign(story, valid.fields, { updatedAt: new Date() });
      await scope.repo(SuccessStoryEntity).save(story);
      await this.replaceTemplates(scope, story.id, valid.templateIds);
      return story;
    });
  }

  /** Submitting is publishing to reviewers: the content check runs first. */
  async submit(viewer: Viewer, id: string, confirmFlags = false): Promise<SuccessStoryEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const story = await this.ownStory(scope, viewer, id);
      this.assertTransition(story, 'submitted', 'author');
      await this.guideline.assertPublishable(
        scope,
        viewer,
        {
          sourceType: 'story',
          sourceId: story.id,
          text: [story.title, story.improved, story.howMarkdown, story.qualityNote ?? ''].join(
            '\n',
          ),
        },
        confirmFlags,
      );
      const author = await scope.repo(MemberEntity).findOneBy({ id: viewer.memberId });
      if (!author?.departmentId) {
        throw BadUserInputError.field(
          'id',
          'story.noDepartment',
          'You have no department, so no manager or ambassador can review the story: ask an admin to set your department',
        );
      }
      Object.assign(story, {
        status: 'submitted',
        departmentId: author.departmentId,
        submittedAt: new Date(),
        updatedAt: new Date(),
      });
      await scope.repo(SuccessStoryEntity).save(story);
      return story;
    });
  }

  async withdraw(viewer: Viewer, id: string): Promise<SuccessStoryEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const story = await this.ownStory(scope, viewer, id);
      this.assertTransition(story, 'draft', 'author');
      Object.assign(story, { status: 'draft', updatedAt: new Date() });
      await scope.repo(SuccessStoryEntity).save(story);
      return story;
    });
  }

  /** Approve or return. Approval pays; returning an approved story reverses what it paid. */
  async review(
    ctx: ReviewerContext,
    id: string,
    decision: 'approved' | 'returned',
    comment: string | null,
  ): Promise<SuccessStoryEntity> {
    const valid = validateStoryReview({ decision, comment });
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(ctx.viewer, async (scope) => {
      const story = await scope.repo(SuccessStoryEntity).findOneBy({ id });
      if (!story || !this.canSee(ctx, story)) throw new NotFoundError('Success story');
      if (story.authorId === ctx.viewer.memberId) {
        throw new ForbiddenError('You cannot review your own success story');
      }
      if (!this.canReview(ctx, story)) {
        throw new ForbiddenError(
          'Only a manager or ambassador of the author’s department can review this story',
        );
      }
      const from = story.status as StoryStatus;
      this.assertTransition(story, decision, 'reviewer');
      const now = new Date();
      Object.assign(story, {
        status: decision,
        reviewerId: ctx.viewer.memberId,
        reviewComment: valid.value.comment,
        reviewedAt: now,
        updatedAt: now,
      });
      if (decision === 'approved') {
        story.approvalCount += 1;
        story.approvedAt = now;
        await this.payApproval(scope, story, ctx.viewer.memberId, now);
        // Only approved stories are searchable.
        await this.search.index(scope, {
          docType: 'story',
          docId: story.id,
          title: story.title,
          body: [story.improved, story.howMarkdown, story.qualityNote ?? ''].join('\n\n'),
        });
      } else if (from === 'approved') {
        story.approvedAt = null;
        await this.search.remove(scope, 'story', story.id);
        await this.ledger.reverseSource(scope, {
          sourceType: 'story',
          sourceId: story.id,
          reason: valid.value.comment ?? 'returned',
          keyPrefix: `story:${story.id}:return:${story.approvalCount}`,
          at: now,
        });
      }
      await scope.repo(SuccessStoryEntity).save(story);
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'storyReviewed',
          organizationId: ctx.viewer.organizationId,
          storyId: story.id,
          authorId: story.authorId,
          reviewerId: ctx.viewer.memberId,
          decision,
          title: story.title,
          comment: valid.value.comment,
          occurredAt: now,
        }),
      );
      return story;
    });
  }

  async templatesOf(
    viewer: Viewer,
    storyIds: string[],
  ): Promise<Map<string, { id: string; title: string }[]>> {
    const result = new Map<string, { id: string; title: string }[]>();
    if (!storyIds.length) return result;
    const scope = this.db.scope(viewer);
    const links = await scope.repo(SuccessStoryTemplateEntity).findBy({ storyId: In(storyIds) });
    const templates = links.length
      ? await scope
          .repo(PromptTemplateEntity)
          .findBy({ id: In([...new Set(links.map((l) => l.templateId))]) })
      : [];
    const byId = new Map(templates.map((t) => [t.id, t]));
    for (const link of links) {
      const t = byId.get(link.templateId);
      const list = result.get(link.storyId) ?? [];
      list.push({ id: link.templateId, title: t ? t.title : '(削除されたテンプレート)' });
      result.set(link.storyId, list);
    }
    return result;
  }

  /** Hours saved per month by approved stories, per linked template or per author. */
  async hoursSaved(
    viewer: Viewer,
    by: 'template' | 'author',
    ids: string[],
  ): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    if (!ids.length) return totals;
    const scope = this.db.scope(viewer);
    const qb = scope
      .repo(SuccessStoryEntity)
      .query('s')
      .select([
        's.minutes_before_x100 AS mb',
        's.minutes_after_x100 AS ma',
        's.occurrences_per_month_x100 AS oc',
      ])
      .andWhere("s.status = 'approved'");
    if (by === 'author') {
      qb.addSelect('s.author_id', 'k').andWhere('s.authorId IN (:...ids)', { ids });
    } else {
      qb.innerJoin(
        SuccessStoryTemplateEntity,
        'st',
        'st.story_id = s.id AND st.organization_id = s.organization_id',
      )
        .addSelect('st.template_id', 'k')
        .andWhere('st.template_id IN (:...ids)', { ids });
    }
    const rows = await qb.getRawMany<{
      k: string;
      mb: number | string;
      ma: number | string;
      oc: number | string;
    }>();
    for (const r of rows) {
      const minutes = ((Number(r.mb) - Number(r.ma)) * Number(r.oc)) / 10_000;
      totals.set(r.k, (totals.get(r.k) ?? 0) + minutes);
    }
    for (const [k, minutes] of totals) totals.set(k, Math.round((minutes / 60) * 10) / 10);
    return totals;
  }

  private async payApproval(
    scope: TenantScope,
    story: SuccessStoryEntity,
    reviewerId: string,
    at: Date,
  ) {
    const round = story.approvalCount;
    await this.ledger.record(
      scope,
      {
        kind: 'storyApproved',
        earnerId: story.authorId,
        actorId: reviewerId,
        sourceType: 'story',
        sourceId: story.id,
        occurredAt: at,
      },
      `story:${story.id}:approve:${round}`,
    );
    const links = await scope.repo(SuccessStoryTemplateEntity).findBy({ storyId: story.id });
    if (!links.length) return;
    const templates = await scope
      .repo(PromptTemplateEntity)
      .findBy({ id: In(links.map((l) => l.templateId)) });
    // One bonus per template author per approval, however many of their templates were used.
    const authors = [...new Set(templates.map((t) => t.authorId))].sort();
    for (const authorId of authors) {
      await this.ledger.record(
        scope,
        // The story's author is the actor: using one's own template earns no bonus.
        {
          kind: 'storyTemplateBonus',
          earnerId: authorId,
          actorId: story.authorId,
          sourceType: 'story',
          sourceId: story.id,
          occurredAt: at,
        },
        `story:${story.id}:bonus:${round}:${authorId}`,
      );
    }
  }

  private async ownStory(
    scope: TenantScope,
    viewer: Viewer,
    id: string,
  ): Promise<SuccessStoryEntity> {
    const story = await scope.repo(SuccessStoryEntity).findOneBy({ id });
    if (!story || (story.authorId !== viewer.memberId && story.status !== 'approved')) {
      throw new NotFoundError('Success story');
    }
    if (story.authorId !== viewer.memberId)
      throw new ForbiddenError('Only the author can change this story');
    return story;
  }

  private assertTransition(
    story: SuccessStoryEntity,
    to: StoryStatus,
    actor: 'author' | 'reviewer',
  ) {
    if (storyTransitionActor(story.status as StoryStatus, to) !== actor) {
      throw BadUserInputError.field(
        'id',
        'story.invalidTransition',
        `A ${story.status} story cannot become ${to}`,
      );
    }
  }

  private async assertTemplates(scope: TenantScope, ids: string[]) {
    if (!ids.length) return;
    const found = await scope
      .repo(PromptTemplateEntity)
      .countBy({ id: In(ids), status: 'published' });
    if (found !== ids.length) {
      throw BadUserInputError.field(
        'templateIds',
        'template.notFound',
        'A linked template does not exist or is not published',
      );
    }
  }

  private async replaceTemplates(scope: TenantScope, storyId: string, templateIds: string[]) {
    const repo = scope.repo(SuccessStoryTemplateEntity);
    await repo.delete({ storyId });
    await repo.insert(templateIds.map((templateId) => repo.create({ storyId, templateId })));
  }

  private validate(draft: StoryDraft) {
    const errors: FieldError[] = [];
    const text = (
      field: string,
      value: string | null | undefined,
      max: number,
      required: boolean,
    ) => {
      const v = normalizeText(value ?? '');
      if (required && !v)
        errors.push({ field, code: `${field}.required`, message: `${field} is required` });
      if ([...v].length > max)
        errors.push({ field, code: `${field}.tooLong`, message: `At most ${max} characters` });
      return v;
    };
    const title = text('title', draft.title, 200, true);
    const improved = (draft.improved ?? '').trim();
    if (!improved)
      errors.push({
        field: 'improved',
        code: 'improved.required',
        message: 'Say what was improved',
      });
    if (Buffer.byteLength(improved) > 8_000)
      errors.push({ field: 'improved', code: 'improved.tooLong', message: 'At most 8,000 bytes' });
    const howMarkdown = (draft.howMarkdown ?? '')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .trim();
    if (!howMarkdown)
      errors.push({ field: 'howMarkdown', code: 'howMarkdown.required', message: 'Describe how' });
    if (Buffer.byteLength(howMarkdown) > MAX_BODY_BYTES) {
      errors.push({
        field: 'howMarkdown',
        code: 'body.tooLong',
        message: `At most ${MAX_BODY_BYTES} bytes`,
      });
    }
    const qualityNote = text('qualityNote', draft.qualityNote, 2000, false) || null;
    const hours = hoursSavedPerMonth({
      minutesBefore: draft.minutesBefore,
      minutesAfter: draft.minutesAfter,
      occurrencesPerMonth: draft.occurrencesPerMonth,
    });
    if (!hours.ok) errors.push(...hours.errors);
    const templateIds = [...new Set(draft.templateIds ?? [])];
    if (templateIds.length > MAX_TEMPLATES) {
      errors.push({
        field: 'templateIds',
        code: 'templateIds.tooMany',
        message: `At most ${MAX_TEMPLATES} templates`,
      });
    }
    if (errors.length) throw new BadUserInputError(errors);
    return {
      templateIds,
      fields: {
        title,
        improved,
        howMarkdown,
        qualityNote,
        minutesBeforeX100: Math.round(draft.minutesBefore * 100),
        minutesAfterX100: Math.round(draft.minutesAfter * 100),
        occurrencesPerMonthX100: Math.round(draft.occurrencesPerMonth * 100),
      },
    };
  }
}

/** Minutes saved per month, exact from the stored hundredths. */
export function minutesSaved(story: SuccessStoryEntity): number {
  return (
    ((story.minutesBeforeX100 - story.minutesAfterX100) * story.occurrencesPerMonthX100) / 10_000
  );
}
