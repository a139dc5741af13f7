import { Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import {
  adoptionCsv,
  ADOPTION_CONTRIBUTION_COLUMNS,
  computeAdoption,
  CONTRIBUTION_KINDS,
  validateAnalyticsRange,
  type AdoptionAnalytics,
  type AdoptionChart,
  type AdoptionFacts,
  type AnalyticsRange,
  type Locale,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { MemberEntity } from '../../identity/entities/member.entity';
import { KnowledgePostEntity } from '../../knowledge/entities/knowledge-post.entity';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { LedgerEntryEntity } from '../../points/entities/ledger-entry.entity';
import { UsageEventEntity } from '../../points/entities/usage-event.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SuccessStoryTemplateEntity } from '../../stories/entities/success-story-template.entity';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { PromptTemplateEntity } from '../../templates/entities/prompt-template.entity';

export type AdoptionRequest = { from: string; to: string; departmentId?: string | null };

// The member a usage event counts for as a contribution: the story's author, else the actor.
const CONTRIBUTOR_SQL = `CASE WHEN u.kind = '${ADOPTION_CONTRIBUTION_COLUMNS.stories}' THEN u.earner_id ELSE u.actor_id END`;
// A same-day repeat (second view or reuse of the day) adds nothing.
const NOT_DUPLICATE_SQL = "(u.uncounted_reason IS NULL OR u.uncounted_reason <> 'duplicateToday')";
// Colleagues only: self-views and self-reuses do not show a post or template is used.
const BY_COLLEAGUE_SQL =
  "(u.uncounted_reason IS NULL OR u.uncounted_reason NOT IN ('duplicateToday', 'selfAction'))";

type Num = string | number;

/**
 * Adoption analytics (利用状況) for HR, admins and managers (their departments). A fixed
 * number of GROUP BY queries over the range's usage events and ledger entries (indexed by
 * organization and local day), plus the roster and content lists; the arithmetic is
 * computeAdoption in libs/domain.
 */
@Injectable()
export class AdoptionAnalyticsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
  ) {}

  async analytics(viewer: Viewer, request: AdoptionRequest): Promise<AdoptionResult> {
    const scope = this.db.scope(viewer);
    const settings = await this.ledger.settings(scope);
    const range = validateAnalyticsRange(request, settings);
    if (!range.ok) throw new BadUserInputError(range.errors);
    const departmentIds = await this.departmentsInView(scope, viewer, request.departmentId ?? null);
    const facts = await this.facts(scope, range.value, departmentIds);
    return {
      departmentIds,
      analytics: computeAdoption(range.value, settings, { departmentIds }, facts),
    };
  }

  async csv(
    viewer: Viewer,
    request: AdoptionRequest,
    chart: AdoptionChart,
  ): Promise<{ filename: string; content: string }> {
    const { analytics } = await this.analytics(viewer, request);
    return adoptionCsv(chart, analytics, viewer.locale as Locale);
  }

  /**
   * Departments the viewer sees: null (the organization) for HR and admins without a filter;
   * a department and its sub-departments; a manager's own department and its sub-departments.
   */
  private async departmentsInView(
    scope: TenantScope,
    viewer: Viewer,
    departmentId: string | null,
  ): Promise<string[] | null> {
    const all = await scope.repo(DepartmentEntity).find({ select: { id: true, parentId: true } });
    const withChildren = (id: string) => [
      id,
      ...all.filter((d) => d.parentId === id).map((d) => d.id),
    ];
    if (departmentId !== null && !all.some((d) => d.id === departmentId)) {
      throw new NotFoundError('Department');
    }
    const requested = departmentId ? withChildren(departmentId) : null;
    if (viewer.roles.includes('hr') || viewer.roles.includes('admin')) return requested;

    const me = await scope
      .repo(MemberEntity)
      .findOne({ where: { id: viewer.memberId }, select: { id: true, departmentId: true } });
    const own = me?.departmentId ? withChildren(me.departmentId) : [];
    if (own.length === 0) throw new ForbiddenError('You have no department to analyse');
    if (!requested) return own;
    if (!requested.every((id) => own.includes(id))) {
      throw new ForbiddenError('Managers see their own departments only');
    }
    return requested;
  }

  private async facts(
    scope: TenantScope,
    range: AnalyticsRange,
    departmentIds: readonly string[] | null,
  ): Promise<AdoptionFacts> {
    const days = { from: range.from, to: range.to };

    const members = await scope.repo(MemberEntity).find({
      select: {
        id: true,
        displayName: true,
        departmentId: true,
        createdAt: true,
        active: true,
        deactivatedAt: true,
      },
    });
    const departments = await scope
      .repo(DepartmentEntity)
      .find({ select: { id: true, name: true, parentId: true } });

    const activity = await scope
      .repo(UsageEventEntity)
      .query('u')
      .select(CONTRIBUTOR_SQL, 'memberId')
      .addSelect('u.local_day', 'day')
      .addSelect('u.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .andWhere('u.kind IN (:...kinds)', { kinds: CONTRIBUTION_KINDS })
      .andWhere('u.local_day BETWEEN :from AND :to', days)
      .andWhere(NOT_DUPLICATE_SQL)
      .andWhere(`${CONTRIBUTOR_SQL} IS NOT NULL`)
      .groupBy(CONTRIBUTOR_SQL)
      .addGroupBy('u.local_day')
      .addGroupBy('u.kind')
      .getRawMany<{ memberId: string; day: string; kind: string; n: Num }>();

    const reusesQuery = scope
      .repo(UsageEventEntity)
      .query('u')
      .select('u.source_id', 'templateId')
      .addSelect('COUNT(*)', 'n')
      .andWhere("u.kind = 'templateReused'")
      .andWhere('u.local_day BETWEEN :from AND :to', days)
      .andWhere(BY_COLLEAGUE_SQL)
      .groupBy('u.source_id');
    if (departmentIds) {
      if (departmentIds.length === 0) reusesQuery.andWhere('1 = 0');
      else {
        reusesQuery
          .innerJoin(
            MemberEntity,
            'm',
            'm.id = u.actor_id AND m.organization_id = u.organization_id',
          )
          .andWhere('m.department_id IN (:...deps)', { deps: departmentIds });
      }
    }
    const reuses = await reusesQuery.getRawMany<{ templateId: string; n: Num }>();

    const stories = await scope.repo(SuccessStoryEntity).find({
      where: { status: 'approved', approvedAt: LessThan(range.end) },
      select: {
        id: true,
        authorId: true,
        approvedAt: true,
        minutesBeforeX100: true,
        minutesAfterX100: true,
        occurrencesPerMonthX100: true,
      },
    });
    const links = stories.length
      ? await scope
          .repo(SuccessStoryTemplateEntity)
          .findBy({ storyId: In(stories.map((s) => s.id)) })
      : [];
    const templateIds = [
      ...new Set([...reuses.map((r) => r.templateId), ...links.map((l) => l.templateId)]),
    ];
    const templates = templateIds.length
      ? await scope.repo(PromptTemplateEntity).find({
          where: { id: In(templateIds) },
          select: { id: true, title: true, authorId: true },
        })
      : [];

    const points = await scope
      .repo(LedgerEntryEntity)
      .query('e')
      .select('e.member_id', 'memberId')
      .addSelect('SUM(e.points)', 'points')
      .andWhere('e.local_day BETWEEN :from AND :to', days)
      .groupBy('e.member_id')
      .getRawMany<{ memberId: string; points: Num }>();

    const posts = await scope.repo(KnowledgePostEntity).find({
      where: { status: 'published' },
      select: { id: true, title: true, ownerId: true, publishedAt: true, reviewBy: true },
    });
    const lastViews = await scope
      .repo(UsageEventEntity)
      .query('u')
      .select('u.source_id', 'postId')
      .addSelect('MAX(u.local_day)', 'day')
      .andWhere("u.kind = 'viewReceived'")
      .andWhere("u.source_type = 'knowledgePost'")
      .andWhere('u.local_day <= :to', days)
      .andWhere(BY_COLLEAGUE_SQL)
      .groupBy('u.source_id')
      .getRawMany<{ postId: string; day: string }>();
    const lastViewOf = new Map(lastViews.map((v) => [v.postId, v.day]));

    const linksOf = new Map<string, string[]>();
    for (const l of links)
      linksOf.set(l.storyId, [...(linksOf.get(l.storyId) ?? []), l.templateId]);

    return {
      roster: members.map((m) => ({
        memberId: m.id,
        name: m.displayName,
        departmentId: m.departmentId,
        createdAt: m.createdAt,
        active: Boolean(m.active),
        deactivatedAt: m.deactivatedAt,
      })),
      departments: departments.map((d) => ({ id: d.id, name: d.name, parentId: d.parentId })),
      activity: activity.map((a) => ({
        memberId: a.memberId,
        day: a.day,
        kind: a.kind,
        count: Number(a.n),
      })),
      stories: stories.map((s) => ({
        authorId: s.authorId,
        approvedAt: s.approvedAt!,
        // Same integer arithmetic as hoursSavedPerMonth: hundredths × hundredths ÷ 60.
        hoursPerMonth:
          ((s.minutesBeforeX100 - s.minutesAfterX100) * s.occurrencesPerMonthX100) / 600_000,
        templateIds: linksOf.get(s.id) ?? [],
      })),
      templates: templates.map((t) => ({ templateId: t.id, title: t.title, authorId: t.authorId })),
      templateReuses: reuses.map((r) => ({ templateId: r.templateId, reuses: Number(r.n) })),
      points: points.map((p) => ({ memberId: p.memberId, points: Number(p.points) })),
      posts: posts.map((p) => ({
        postId: p.id,
        title: p.title,
        ownerId: p.ownerId,
        publishedAt: p.publishedAt,
        reviewBy: String(p.reviewBy).slice(0, 10),
        lastViewedOn: lastViewOf.get(p.id) ?? null,
      })),
    };
  }
}

export type AdoptionResult = { departmentIds: string[] | null; analytics: AdoptionAnalytics };
