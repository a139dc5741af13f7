import type { INestApplicationContext } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { defaultReviewBy, localDate, type PointEvent } from '@chienowa/domain';
import { TenantDataSource } from '../../common/tenancy/tenant-data-source';
import type { Tenant } from '../../common/tenancy/tenant-owned';
import type { TenantScope } from '../../common/tenancy/tenant-repository';
import { upsertIncrement } from '../../database/dialect-sql';
import { MemberEntity } from '../identity/entities/member.entity';
import { KnowledgePostLikeEntity } from '../knowledge/entities/knowledge-post-like.entity';
import { KnowledgePostRevisionEntity } from '../knowledge/entities/knowledge-post-revision.entity';
import { KnowledgePostTagEntity } from '../knowledge/entities/knowledge-post-tag.entity';
import { KnowledgePostEntity } from '../knowledge/entities/knowledge-post.entity';
import { OrganizationEntity } from '../organization/entities/organization.entity';
import { PointsLedgerService } from '../points/services/points-ledger.service';
import { SearchIndexService } from '../search/services/search-index.service';
import { SuccessStoryTemplateEntity } from '../stories/entities/success-story-template.entity';
import { SuccessStoryEntity } from '../stories/entities/success-story.entity';
import { PromptTemplateEntity } from '../templates/entities/prompt-template.entity';
import { TemplateCategoriesService } from '../templates/services/template-categories.service';
import {
  DEMO_ACTIVITY,
  DEMO_KNOWLEDGE_POSTS,
  DEMO_STORIES,
  DEMO_TEMPLATES,
} from './demo-content.data';
import { DEMO_DEPARTMENTS, DEMO_ORGANIZATION } from './demo-organization.data';
import { DepartmentEntity } from '../organization/entities/department.entity';

const DAY = 86_400_000;

/** Small deterministic PRNG (mulberry32): the demo looks the same on every first start. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fills the freshly seeded demo company with knowledge posts, prompt templates, success
 * stories and a few months of views, likes and reuses, through the real ledger (so totals,
 * history and `ledger:verify` agree) and the search index. Runs once, right after the demo
 * organization was created.
 */
export async function seedDemoContent(
  app: INestApplicationContext,
  now = new Date(),
): Promise<void> {
  const dataSource = app.get(DataSource);
  const db = app.get(TenantDataSource);
  const ledger = app.get(PointsLedgerService);
  const search = app.get(SearchIndexService);
  const org = await dataSource
    .getRepository(OrganizationEntity)
    .findOneByOrFail({ slug: DEMO_ORGANIZATION.slug });
  const tenant: Tenant = { organizationId: org.id };
  const members = await db
    .scope(tenant)
    .repo(MemberEntity)
    .find({ order: { email: 'ASC' } });
  const byEmail = new Map(members.map((m) => [m.email, m]));
  const member = (email: string) => {
    const m = byEmail.get(email);
    if (!m) throw new Error(`Demo member ${email} is missing`);
    return m;
  };
  const departmentIdByName = new Map(
    (await db.scope(tenant).repo(DepartmentEntity).find()).map((d) => [d.name, d.id]),
  );
  const departmentId = (key: string | null) => {
    const name = DEMO_DEPARTMENTS.find((d) => d.key === key)?.name;
    return name ? (departmentIdByName.get(name) ?? null) : null;
  };
  const random = rng(20261123);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const record = (scope: TenantScope, event: PointEvent, key: string) =>
    ledger.record(scope, event, key);

  await app.get(TemplateCategoriesService).ensureDefaults(tenant);
  const categories = new Map(
    (await app.get(TemplateCategoriesService).list(tenant)).map((c) => [c.name, c.id]),
  );

  // Templates (forks after their origins).
  const templateIds = new Map<string, string>();
  const templates = [...DEMO_TEMPLATES].sort(
    (a, b) => Number(!!a.forkOfKey) - Number(!!b.forkOfKey),
  );
  for (const tpl of templates) {
    const id = uuidv7();
    templateIds.set(tpl.key, id);
    const at = ago(tpl.publishedDaysAgo);
    const author = member(tpl.authorEmail);
    await db.transaction(tenant, async (scope) => {
      const repo = scope.repo(PromptTemplateEntity);
      const entity = repo.create({
        id,
        authorId: author.id,
        title: tpl.title,
        description: tpl.description,
        categoryId: categories.get(tpl.category) ?? [...categories.values()][0],
        kind: tpl.kind,
        targetTool: tpl.targetTool,
        body: tpl.body,
        status: tpl.status,
        forkedFromId: tpl.forkOfKey ? (templateIds.get(tpl.forkOfKey) ?? null) : null,
        publishCount: tpl.status === 'published' ? 1 : 0,
        reuseCount: 0,
        forkCount: 0,
        createdAt: at,
        updatedAt: at,
      });
      await repo.insert(entity);
      if (tpl.status !== 'published') return;
      await record(
        scope,
        {
          kind: 'templatePublished',
          earnerId: author.id,
          actorId: author.id,
          sourceType: 'template',
          sourceId: id,
          occurredAt: at,
        },
        `publish:${id}:1`,
      );
      if (tpl.forkOfKey) {
        const origin = await repo.findOneBy({ id: templateIds.get(tpl.forkOfKey) ?? '' });
        if (!origin) throw new Error(`Demo template ${tpl.forkOfKey} must come before its fork`);
        await record(
          scope,
          {
            kind: 'templateForked',
            earnerId: origin.authorId,
            actorId: author.id,
            sourceType: 'template',
            sourceId: origin.id,
            occurredAt: at,
          },
          `fork:${origin.id}:${id}`,
        );
        await repo.update({ id: origin.id }, { forkCount: origin.forkCount + 1 });
      }
      await search.index(scope, {
        docType: 'template',
        docId: id,
        title: tpl.title,
        body: `${tpl.description}\n\n${tpl.body}`,
      });
    });
  }

  // Knowledge posts.
  const postIds = new Map<string, string>();
  for (const post of DEMO_KNOWLEDGE_POSTS) {
    const id = uuidv7();
    postIds.set(post.key, id);
    const author = member(post.authorEmail);
    const at = ago(post.publishedDaysAgo);
    const reviewBy = post.reviewOverdue
      ? localDate(ago(3), org.timeZone)
      : defaultReviewBy(localDate(at, org.timeZone));
    await db.transaction(tenant, async (scope) => {
      const repo = scope.repo(KnowledgePostEntity);
      await repo.insert(
        repo.create({
          id,
          authorId: author.id,
          ownerId: author.id,
          departmentId: departmentId(post.departmentKey),
          title: post.title,
          bodyMarkdown: post.bodyMarkdown,
          status: post.status,
          reviewBy,
          publishedAt: post.status === 'draft' ? null : at,
          lastReviewedAt: null,
          publishCount: post.status === 'draft' ? 0 : 1,
          viewCount: 0,
          likeCount: 0,
          commentCount: 0,
          createdAt: at,
          updatedAt: at,
        }),
      );
      const tags = scope.repo(KnowledgePostTagEntity);
      await tags.insert(post.tags.map((tag) => tags.create({ postId: id, tag })));
      const revisions = scope.repo(KnowledgePostRevisionEntity);
      await revisions.insert(
        revisions.create({
          id: uuidv7(),
          postId: id,
          editorId: author.id,
          title: post.title,
          bodyMarkdown: post.bodyMarkdown,
          tagsJson: JSON.stringify(post.tags),
          createdAt: at,
        }),
      );
      if (post.status === 'draft') return;
      await record(
        scope,
        {
          kind: 'knowledgePublished',
          earnerId: author.id,
          actorId: author.id,
          sourceType: 'knowledgePost',
          sourceId: id,
          occurredAt: at,
        },
        `publish:${id}:1`,
      );
      if (post.status === 'archived') {
        await ledger.reverseSource(scope, {
          sourceType: 'knowledgePost',
          sourceId: id,
          kinds: ['knowledgePublished'],
          reason: 'アーカイブ',
          keyPrefix: `archive:${id}:1`,
          at: ago(Math.max(1, post.publishedDaysAgo - 20)),
        });
        return;
      }
      await search.index(scope, {
        docType: 'knowledgePost',
        docId: id,
        title: post.title,
        body: post.bodyMarkdown,
        tags: post.tags,
        departmentId: departmentId(post.departmentKey),
      });
    });
  }

  // Success stories.
  for (const story of DEMO_STORIES) {
    const id = uuidv7();
    const author = member(story.authorEmail);
    const at = ago(story.daysAgo);
    await db.transaction(tenant, async (scope) => {
      const repo = scope.repo(SuccessStoryEntity);
      const reviewer = story.reviewerEmail ? member(story.reviewerEmail) : null;
      const reviewed = story.status === 'approved' || story.status === 'returned';
      await repo.insert(
        repo.create({
          id,
          authorId: author.id,
          departmentId: story.status === 'draft' ? null : author.departmentId,
          title: story.title,
          improved: story.improved,
          howMarkdown: story.howMarkdown,
          minutesBeforeX100: Math.round(story.minutesBefore * 100),
          minutesAfterX100: Math.round(story.minutesAfter * 100),
          occurrencesPerMonthX100: Math.round(story.occurrencesPerMonth * 100),
          qualityNote: story.qualityNote,
          status: story.status,
          reviewerId: reviewed ? (reviewer?.id ?? null) : null,
          reviewComment: reviewed ? story.reviewComment : null,
          submittedAt: story.status === 'draft' ? null : at,
          reviewedAt: reviewed ? at : null,
          approvedAt: story.status === 'approved' ? at : null,
          approvalCount: story.status === 'approved' ? 1 : 0,
          createdAt: at,
          updatedAt: at,
        }),
      );
      const links = scope.repo(SuccessStoryTemplateEntity);
      const ids = story.templateKeys
        .map((k) => templateIds.get(k))
        .filter((x): x is string => Boolean(x));
      await links.insert(ids.map((templateId) => links.create({ storyId: id, templateId })));
      if (story.status !== 'approved' || !reviewer) return;
      await record(
        scope,
        {
          kind: 'storyApproved',
          earnerId: author.id,
          actorId: reviewer.id,
          sourceType: 'story',
          sourceId: id,
          occurredAt: at,
        },
        `story:${id}:approve:1`,
      );
      const templateAuthors = new Set(
        (await scope.repo(PromptTemplateEntity).findBy(ids.map((tid) => ({ id: tid })))).map(
          (t) => t.authorId,
        ),
      );
      for (const earner of [...templateAuthors].sort()) {
        await record(
          scope,
          {
            kind: 'storyTemplateBonus',
            earnerId: earner,
            actorId: author.id,
            sourceType: 'story',
            sourceId: id,
            occurredAt: at,
          },
          `story:${id}:bonus:1:${earner}`,
        );
      }
      await search.index(scope, {
        docType: 'story',
        docId: id,
        title: story.title,
        body: `${story.improved}\n\n${story.howMarkdown}`,
      });
    });
  }

  // A few months of everyday activity: views and likes on posts, reuses of templates.
  const pick = () => members[Math.floor(random() * members.length)];
  const between = ([min, max]: readonly [number, number]) =>
    min + Math.floor(random() * (max - min + 1));
  const weeks = Math.round((DEMO_ACTIVITY.months * 30) / 7);
  const posts = await db.scope(tenant).repo(KnowledgePostEntity).findBy({ status: 'published' });
  const published = await db
    .scope(tenant)
    .repo(PromptTemplateEntity)
    .findBy({ status: 'published' });
  let n = 0;
  for (let week = weeks; week >= 0; week -= 1) {
    await db.transaction(tenant, async (scope) => {
      for (const post of posts) {
        const start = Math.max(now.getTime() - week * 7 * DAY, post.publishedAt!.getTime());
        if (start > now.getTime() - (week - 1) * 7 * DAY) continue;
        for (let i = between(DEMO_ACTIVITY.viewsPerPublishedPostPerWeek); i > 0; i -= 1) {
          const viewer = pick();
          const at = new Date(Math.min(now.getTime() - 60_000, start + random() * 7 * DAY));
          n += 1;
          const result = await record(
            scope,
            {
              kind: 'viewReceived',
              earnerId: post.authorId,
              actorId: viewer.id,
              sourceType: 'knowledgePost',
              sourceId: post.id,
              occurredAt: at,
            },
            `demo:view:${n}`,
          );
          if (result.counted || result.reason === 'dailyCapReached') {
            await scope
              .repo(KnowledgePostEntity)
              .update({ id: post.id }, { viewCount: () => 'view_count + 1' } as never);
          }
          if (viewer.id !== post.authorId && random() < DEMO_ACTIVITY.likeProbability / 4) {
            const likes = scope.repo(KnowledgePostLikeEntity);
            if (!(await likes.existsBy({ postId: post.id, memberId: viewer.id }))) {
              await likes.insert(
                likes.create({ postId: post.id, memberId: viewer.id, createdAt: at }),
              );
              await scope
                .repo(KnowledgePostEntity)
                .update({ id: post.id }, { likeCount: () => 'like_count + 1' } as never);
              await record(
                scope,
                {
                  kind: 'likeReceived',
                  earnerId: post.authorId,
                  actorId: viewer.id,
                  sourceType: 'knowledgePost',
                  sourceId: post.id,
                  occurredAt: at,
                },
                `demo:like:${post.id}:${viewer.id}`,
              );
            }
          }
        }
      }
      for (const tpl of published) {
        const start = Math.max(now.getTime() - week * 7 * DAY, tpl.createdAt.getTime());
        if (start > now.getTime() - (week - 1) * 7 * DAY) continue;
        for (let i = between(DEMO_ACTIVITY.reusesPerPublishedTemplatePerWeek); i > 0; i -= 1) {
          const user = pick();
          const at = new Date(Math.min(now.getTime() - 60_000, start + random() * 7 * DAY));
          n += 1;
          await record(
            scope,
            {
              kind: 'templateReused',
              earnerId: tpl.authorId,
              actorId: user.id,
              sourceType: 'template',
              sourceId: tpl.id,
              occurredAt: at,
            },
            `demo:reuse:${n}`,
          );
          if (user.id === tpl.authorId) continue;
          await scope
            .repo(PromptTemplateEntity)
            .update({ id: tpl.id }, { reuseCount: () => 'reuse_count + 1' } as never);
          await upsertIncrement(
            scope.manager,
            'template_reusers',
            ['template_id', 'member_id'],
            ['organization_id', 'template_id', 'member_id', 'first_used_at', 'use_count'],
            [[org.id, tpl.id, user.id, at, 1]],
            ['use_count'],
          );
        }
      }
    });
  }

  // Search ranks ties by popularity: views and likes of posts, reuses of templates.
  await db.transaction(tenant, async (scope) => {
    for (const post of await scope.repo(KnowledgePostEntity).findBy({ status: 'published' })) {
      await search.setPopularity(scope, 'knowledgePost', post.id, post.viewCount + post.likeCount);
    }
    for (const tpl of await scope.repo(PromptTemplateEntity).findBy({ status: 'published' })) {
      await search.setPopularity(scope, 'template', tpl.id, tpl.reuseCount);
    }
  });
}
