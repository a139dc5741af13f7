import { Injectable } from '@nestjs/common';
import { In, Not, type DeepPartial } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  TEMPLATE_BODY_MAX_LENGTH,
  TEMPLATE_MAX_PLACEHOLDERS,
  canEditTemplate,
  canSeeTemplate,
  canTransitionTemplate,
  codePointLength,
  fillTemplate,
  isTargetTool,
  isTemplateKind,
  isTemplateStatus,
  normalizeText,
  parseTemplate,
  templateTransitionPointEffect,
  validateTemplateContent,
  type FieldError,
  type TargetTool,
  type TemplateKind,
  type TemplateStatus,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { upsertIncrement } from '../../../database/dialect-sql';
import { GuidelineService } from '../../guideline/services/guideline.service';
import { IdempotencyService } from '../../points/services/idempotency.service';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import {
  SearchIndexService,
  type SearchableDocument,
} from '../../search/services/search-index.service';
import { PromptTemplateEntity } from '../entities/prompt-template.entity';
import { TemplateReuserEntity } from '../entities/template-reuser.entity';
import { TemplateCategoriesService } from './template-categories.service';

export type TemplateDraft = {
  title?: string | null;
  description?: string | null;
  categoryId?: string | null;
  kind?: string | null;
  targetTool?: string | null;
  body?: string | null;
};

export type TemplateListFilter = {
  categoryId?: string | null;
  kind?: string | null;
  targetTool?: string | null;
  authorId?: string | null;
  status?: string | null;
};

export type TemplateOrder = 'NEWEST' | 'MOST_REUSED';

export type PlaceholderValue = { name: string; value: string };

/** What recordTemplateReuse stores for replays (small and JSON-safe; the prompt is refilled). */
type StoredReuse = { counted: boolean; reuseCount: number; colleagueCount: number };

export type ReuseResult = StoredReuse & { filledPrompt: string | null };

const notFound = () => new NotFoundError('Template');

const notPublished = () =>
  BadUserInputError.field(
    'templateId',
    'template.notPublished',
    'Only published templates can be used or forked.',
  );

/** The prompt-template library: drafting, publishing, forking and counted reuse. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly categories: TemplateCategoriesService,
    private readonly ledger: PointsLedgerService,
    private readonly idempotency: IdempotencyService,
    private readonly guideline: GuidelineService,
    private readonly search: SearchIndexService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PromptTemplateEntity> {
    const template = await this.db.scope(viewer).repo(PromptTemplateEntity).findOneBy({ id });
    if (!template || !canSeeTemplate(viewer, template)) throw notFound();
    return template;
  }

  /** Titles for the points history, whatever the template's status (the entry stays explained). */
  async titles(tenant: Tenant, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .scope(tenant)
      .repo(PromptTemplateEntity)
      .find({ where: { id: In(ids) }, select: { id: true, title: true, organizationId: true } });
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /**
   * Keyset-paginated library. Status defaults to published; drafts and archived templates
   * are listed only for their author (admins see all).
   */
  async list(
    viewer: Viewer,
    filter: TemplateListFilter,
    order: TemplateOrder,
    first: number,
    after?: string | null,
  ): Promise<{
    nodes: PromptTemplateEntity[];
    cursors: string[];
    hasNextPage: boolean;
    totalCount: number;
  }> {
    assertPageSize(first);
    const status = filter.status ?? 'published';
    if (!isTemplateStatus(status)) {
      throw BadUserInputError.field('filter.status', 'template.status.invalid', 'Unknown status');
    }
    const qb = this.db.scope(viewer).repo(PromptTemplateEntity).query('t');
    qb.andWhere('t.status = :status', { status });
    if (status !== 'published' && !viewer.roles.includes('admin')) {
      qb.andWhere('t.authorId = :me', { me: viewer.memberId });
    }
    if (filter.categoryId) qb.andWhere('t.categoryId = :category', { category: filter.categoryId });
    if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.targetTool) qb.andWhere('t.targetTool = :tool', { tool: filter.targetTool });
    if (filter.authorId) qb.andWhere('t.authorId = :author', { author: filter.authorId });
    const totalCount = await qb.clone().getCount();

    if (order === 'MOST_REUSED') {
      if (after) {
        const [reuses, id] = decodeCursor(after, 2);
        qb.andWhere('(t.reuseCount < :reuses OR (t.reuseCount = :reuses AND t.id < :id))', {
          reuses: Number(reuses),
          id: String(id),
        });
      }
      qb.orderBy('t.reuseCount', 'DESC').addOrderBy('t.id', 'DESC');
    } else {
      if (after) {
        const [id] = decodeCursor(after, 1);
        qb.andWhere('t.id < :id', { id: String(id) });
      }
      // UUIDv7 ids are time-ordered: newest first without a second sort column.
      qb.orderBy('t.id', 'DESC');
    }
    const rows = await qb.take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      hasNextPage: rows.length > first,
      totalCount,
      cursors: nodes.map((t) =>
        encodeCursor(order === 'MOST_REUSED' ? [t.reuseCount, t.id] : [t.id]),
      ),
    };
  }

  /** A new draft of the viewer's. Invalid input writes nothing. */
  async create(viewer: Viewer, draft: TemplateDraft): Promise<PromptTemplateEntity> {
    const valid = this.validate(draft);
    return this.db.transaction(viewer, async (scope) => {
      await this.categories.assertExists(scope, valid.categoryId);
      const now = new Date();
      const repo = scope.repo(PromptTemplateEntity);
      const entity = repo.create({
        id: uuidv7(),
        authorId: viewer.memberId,
        ...valid,
        status: 'draft',
        forkedFromId: null,
        publishCount: 0,
        reuseCount: 0,
        forkCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insert(entity);
      return entity;
    });
  }

  /** The author or an admin changes any field; the result is validated as a whole. */
  async update(
    viewer: Viewer,
    id: string,
    patch: TemplateDraft,
    confirmFlags = false,
  ): Promise<PromptTemplateEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const existing = await this.lockEditable(scope, viewer, id);
      const valid = this.validate({
        title: patch.title ?? existing.title,
        description: patch.description ?? existing.description,
        categoryId: patch.categoryId ?? existing.categoryId,
        kind: patch.kind ?? existing.kind,
        targetTool: patch.targetTool ?? existing.targetTool,
        body: patch.body ?? existing.body,
      });
      if (valid.categoryId !== existing.categoryId) {
        await this.categories.assertExists(scope, valid.categoryId);
      }
      Object.assign(existing, valid, { updatedAt: new Date() });
      if (existing.status === 'published') {
        // Editing published content is publishing it again: check and re-index.
        await this.guideline.assertPublishable(
          scope,
          viewer,
          this.checkedText(existing),
          confirmFlags,
        );
        await this.search.index(scope, this.searchable(existing));
      }
      await scope.repo(PromptTemplateEntity).save(existing);
      return existing;
    });
  }

  /**
   * Publishes a draft or restores an archived template and pays templatePublished to the
   * author (key publish:<id>:<n>). Publishing a published template changes nothing.
   */
  async publish(viewer: Viewer, id: string, confirmFlags = false): Promise<PromptTemplateEntity> {
    return this.transition(viewer, id, 'published', confirmFlags);
  }

  /** Archives a template and reverses its standing publish award. */
  async archive(viewer: Viewer, id: string): Promise<PromptTemplateEntity> {
    return this.transition(viewer, id, 'archived');
  }

  /**
   * Copies a template as the viewer's draft (forked_from set) and credits the origin's author
   * (templateForked: once per member and template ever; nothing for forking one's own).
   * Returns the new template's id.
   */
  async fork(viewer: Viewer, id: string, idempotencyKey: string): Promise<string> {
    const result = await this.idempotency.run(
      viewer,
      'forkTemplate',
      { templateId: id },
      idempotencyKey,
      async (scope) => {
        const origin = await this.lockVisible(scope, viewer, id, (t) =>
          t.authorId === viewer.memberId ? null : 'forkCount',
        );
        const own = origin.authorId === viewer.memberId;
        if (origin.status !== 'published' && !own) throw notPublished();
        const now = new Date();
        const repo = scope.repo(PromptTemplateEntity);
        const copy = repo.create({
          id: uuidv7(),
          authorId: viewer.memberId,
          title: origin.title,
          description: origin.description,
          categoryId: origin.categoryId,
          kind: origin.kind,
          targetTool: origin.targetTool,
          body: origin.body,
          status: 'draft',
          forkedFromId: origin.id,
          publishCount: 0,
          reuseCount: 0,
          forkCount: 0,
          createdAt: now,
          updatedAt: now,
        });
        await repo.insert(copy);
        await this.ledger.record(
          scope,
          {
            kind: 'templateForked',
            earnerId: origin.authorId,
            actorId: viewer.memberId,
            sourceType: 'template',
            sourceId: origin.id,
            occurredAt: now,
          },
          `template-fork:${copy.id}`,
        );
        return { templateId: copy.id };
      },
    );
    return result.templateId;
  }

  /**
   * A member copied the filled prompt of a published template. Every reuse by someone else
   * counts in reuseCount; the author earns templateReused for at most one reuse per member,
   * template and local day, within the daily cap, never for their own. Idempotent per key.
   */
  async recordReuse(
    viewer: Viewer,
    templateId: string,
    idempotencyKey: string,
    values: readonly PlaceholderValue[] | null,
  ): Promise<ReuseResult> {
    const plainValues = values ? this.validValues(values) : null;
    const stored = await this.idempotency.run<StoredReuse>(
      viewer,
      'recordTemplateReuse',
      { templateId, values: plainValues },
      idempotencyKey,
      async (scope) => {
        // The template row is locked first in every writing path of this module, then the
        // ledger's rows: one lock order, and reuses of one template queue here.
        const template = await this.lockVisible(scope, viewer, templateId, (t) =>
          t.authorId === viewer.memberId ? null : 'reuseCount',
        );
        if (template.status !== 'published') throw notPublished();
        const now = new Date();
        const reuseCount = template.reuseCount;
        await upsertIncrement(
          scope.manager,
          'template_reusers',
          ['template_id', 'member_id'],
          ['organization_id', 'template_id', 'member_id', 'first_used_at', 'use_count'],
          [[viewer.organizationId, template.id, viewer.memberId, now, 1]],
          ['use_count'],
        );
        const award = await this.ledger.record(
          scope,
          {
            kind: 'templateReused',
            earnerId: template.authorId,
            actorId: viewer.memberId,
            sourceType: 'template',
            sourceId: template.id,
            occurredAt: now,
          },
          `template-reuse:${idempotencyKey}`,
        );
        const colleagueCount = await scope
          .repo(TemplateReuserEntity)
          .countBy({ templateId: template.id, memberId: Not(template.authorId) });
        return { counted: award.counted, reuseCount, colleagueCount };
      },
    );
    let filledPrompt: string | null = null;
    if (plainValues) {
      const template = await this.db.scope(viewer).repo(PromptTemplateEntity).findOneBy({
        id: templateId,
      });
      const parsed = template ? parseTemplate(template.body) : null;
      if (parsed?.ok) {
        filledPrompt = fillTemplate(
          parsed.value,
          Object.fromEntries(plainValues.map((v) => [v.name, v.value])),
        );
      }
    }
    return { ...stored, filledPrompt };
  }

  private checkedText(template: PromptTemplateEntity) {
    return {
      sourceType: 'template',
      sourceId: template.id,
      text: [template.title, template.description, template.body].join('\n'),
    };
  }

  private searchable(template: PromptTemplateEntity): SearchableDocument {
    return {
      docType: 'template',
      docId: template.id,
      title: template.title,
      body: `${template.description}\n\n${template.body}`,
      popularity: template.reuseCount,
    };
  }

  private async transition(
    viewer: Viewer,
    id: string,
    to: TemplateStatus,
    confirmFlags = false,
  ): Promise<PromptTemplateEntity> {
    return this.db.transaction(viewer, async (scope) => {
      const template = await this.lockEditable(scope, viewer, id);
      const from = template.status;
      // A repeated click (or a concurrent duplicate, serialized by the row lock) is a no-op.
      if (from === to) return template;
      if (!canTransitionTemplate(from, to)) {
        throw BadUserInputError.field(
          'id',
          'template.invalidTransition',
          `A ${from} template cannot become ${to}.`,
        );
      }
      if (to === 'published') {
        await this.guideline.assertPublishable(
          scope,
          viewer,
          this.checkedText(template),
          confirmFlags,
        );
      }
      const effect = templateTransitionPointEffect(from, to);
      const now = new Date();
      template.status = to;
      template.updatedAt = now;
      if (effect === 'award') template.publishCount += 1;
      await scope
        .repo(PromptTemplateEntity)
        .update({ id }, { status: to, publishCount: template.publishCount, updatedAt: now });
      if (effect === 'award') {
        await this.ledger.record(
          scope,
          {
            kind: 'templatePublished',
            earnerId: template.authorId,
            actorId: viewer.memberId,
            sourceType: 'template',
            sourceId: template.id,
            occurredAt: now,
          },
          `publish:${template.id}:${template.publishCount}`,
        );
      } else if (effect === 'reverse') {
        await this.ledger.reverseSource(scope, {
          sourceType: 'template',
          sourceId: template.id,
          kinds: ['templatePublished'],
          reason: viewer.locale === 'en' ? 'template archived' : 'テンプレートのアーカイブ',
          keyPrefix: `archive:${template.id}:${template.publishCount}`,
          at: now,
        });
      }
      if (to === 'published') await this.search.index(scope, this.searchable(template));
      else if (from === 'published') await this.search.remove(scope, 'template', template.id);
      return template;
    });
  }

  /**
   * Takes the template row's write lock until the transaction ends, optionally adding one to a
   * counter in the same statement, and returns the row as it is under the lock; NOT_FOUND when
   * not visible. An UPDATE locks on both dialects (SQLite serializes writers anyway); the
   * counter is incremented in SQL, so concurrent reuses never lose one.
   */
  private async lockVisible(
    scope: TenantScope,
    viewer: Viewer,
    id: string,
    increment: (template: PromptTemplateEntity) => 'reuseCount' | 'forkCount' | null = () => null,
  ): Promise<PromptTemplateEntity> {
    const repo = scope.repo(PromptTemplateEntity);
    // The author never changes, so deciding the increment before the lock is safe.
    const before = await repo.findOneBy({ id });
    if (!before || !canSeeTemplate(viewer, before)) throw notFound();
    const counter = increment(before);
    const patch: Partial<Record<'reuseCount' | 'forkCount' | 'publishCount', () => string>> =
      counter === 'reuseCount'
        ? { reuseCount: () => 'reuse_count + 1' }
        : counter === 'forkCount'
          ? { forkCount: () => 'fork_count + 1' }
          : { publishCount: () => 'publish_count' };
    // TypeORM takes a function as raw SQL for the column's new value.
    await repo.update({ id }, patch as DeepPartial<PromptTemplateEntity>);
    const template = await repo.findOneBy({ id });
    if (!template || !canSeeTemplate(viewer, template)) throw notFound();
    return template;
  }

  private async lockEditable(
    scope: TenantScope,
    viewer: Viewer,
    id: string,
  ): Promise<PromptTemplateEntity> {
    const template = await this.lockVisible(scope, viewer, id);
    if (!canEditTemplate(viewer, template)) {
      throw new ForbiddenError('Only the author or an admin can change this template');
    }
    return template;
  }

  private validate(draft: TemplateDraft): {
    title: string;
    description: string;
    categoryId: string;
    kind: TemplateKind;
    targetTool: TargetTool;
    body: string;
  } {
    const errors: FieldError[] = [];
    const content = validateTemplateContent({
      title: draft.title ?? '',
      description: draft.description ?? '',
      body: draft.body ?? '',
    });
    if (!content.ok) errors.push(...content.errors);
    const kind = draft.kind ?? '';
    if (!isTemplateKind(kind)) {
      errors.push({
        field: 'kind',
        code: 'template.kind.invalid',
        message: 'Unknown template kind.',
      });
    }
    const targetTool = draft.targetTool ?? 'any';
    if (!isTargetTool(targetTool)) {
      errors.push({
        field: 'targetTool',
        code: 'template.targetTool.invalid',
        message: 'Unknown tool.',
      });
    }
    const categoryId = draft.categoryId ?? '';
    if (!categoryId) {
      errors.push({
        field: 'categoryId',
        code: 'categoryId.required',
        message: 'Choose a category.',
      });
    }
    if (errors.length > 0 || !content.ok || !isTemplateKind(kind) || !isTargetTool(targetTool)) {
      throw new BadUserInputError(errors);
    }
    const { title, description, body } = content.value;
    return { title, description, categoryId, kind, targetTool, body };
  }

  /** Plain {name, value} pairs (names normalized like the parser's) for fingerprint and fill. */
  private validValues(values: readonly PlaceholderValue[]): PlaceholderValue[] {
    if (values.length > TEMPLATE_MAX_PLACEHOLDERS) {
      throw BadUserInputError.field(
        'values',
        'values.tooMany',
        `At most ${TEMPLATE_MAX_PLACEHOLDERS} values can be given.`,
      );
    }
    return values.map((v, i) => {
      if (codePointLength(v.value) > TEMPLATE_BODY_MAX_LENGTH) {
        throw BadUserInputError.field(
          `values.${i}.value`,
          'value.tooLong',
          `A value must be at most ${TEMPLATE_BODY_MAX_LENGTH} characters.`,
        );
      }
      return { name: normalizeText(v.name), value: v.value };
    });
  }
}
