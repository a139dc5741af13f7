import { canSeePost, localDate, type PostStatus } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { NotFoundError } from '../../../common/graphql/app-errors';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import type { SearchableDocument } from '../../search/services/search-index.service';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';

/** Facts the domain's access rules take, from a stored post. */
export const accessFacts = (post: KnowledgePostEntity) => ({
  status: post.status as PostStatus,
  authorId: post.authorId,
  ownerId: post.ownerId,
});

/** The post if the viewer may see it; otherwise NOT_FOUND (a draft's existence is not revealed). */
export function visibleOrNotFound(
  viewer: Viewer,
  post: KnowledgePostEntity | null,
): KnowledgePostEntity {
  if (!post || !canSeePost(viewer, accessFacts(post))) throw new NotFoundError('Knowledge post');
  return post;
}

/**
 * Locks the post row for the rest of the transaction and reads it. Every write that touches a
 * post (edit, status, counters) starts with this, so concurrent changes of one post queue here
 * and always lock the post before the author's points rows (one lock order: no deadlocks).
 * The lock is a no-op UPDATE (portable: MySQL takes the row's exclusive lock, SQLite serializes
 * writers anyway). Call it first in the transaction: on MySQL the consistent-read snapshot is
 * then taken after the lock, so the read sees the latest committed row.
 */
export async function lockPost(
  scope: TenantScope,
  viewer: Viewer,
  id: string,
): Promise<KnowledgePostEntity> {
  const repo = scope.repo(KnowledgePostEntity);
  const matched = await repo.update({ id }, { viewCount: increment('view_count', 0) });
  if (matched === 0) throw new NotFoundError('Knowledge post');
  return visibleOrNotFound(viewer, await repo.findOneBy({ id }));
}

export type OrganizationClock = { timeZone: string; locale: 'ja' | 'en'; today: string };

/** Today in the organization's time zone (review dates flip at its midnight). */
export async function organizationClock(
  scope: TenantScope,
  now = new Date(),
): Promise<OrganizationClock> {
  const org = await scope.manager
    .getRepository(OrganizationEntity)
    .findOneByOrFail({ id: scope.tenant.organizationId });
  return {
    timeZone: org.timeZone,
    locale: org.locale === 'en' ? 'en' : 'ja',
    today: localDate(now, org.timeZone),
  };
}

/** Adds `by` to an integer column in the UPDATE itself (concurrent increments never get lost). */
export const increment = (
  column: 'view_count' | 'like_count' | 'comment_count',
  by: number,
): number => (() => `${column} + ${by}`) as unknown as number;

/** What the search module indexes for a published post. */
export const searchDocument = (post: KnowledgePostEntity, tags: string[]): SearchableDocument => ({
  docType: 'knowledgePost',
  docId: post.id,
  title: post.title,
  body: post.bodyMarkdown,
  tags,
  departmentId: post.departmentId,
  popularity: popularity(post),
});

/** Search tiebreaker: colleagues' views plus likes. */
export const popularity = (post: { viewCount: number; likeCount: number }): number =>
  post.viewCount + post.likeCount;

/** What the guideline's pre-publish content check reads: everything colleagues will see. */
export const checkedText = (post: KnowledgePostEntity, tags: string[]) => ({
  sourceType: 'knowledgePost',
  sourceId: post.id,
  text: [post.title, tags.join(' '), post.bodyMarkdown].join('\n'),
});
