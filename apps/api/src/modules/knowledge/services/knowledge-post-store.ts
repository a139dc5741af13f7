import { In } from 'typeorm';
import { dialectOf } from '../../../database/dialect-sql';
import { canSeePost, localDate, type PostStatus } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { NotFoundError } from '../../../common/graphql/app-errors';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import type { SearchableDocument } from '../../search/services/search-index.service';
import { KnowledgePostEntity } from '../entities/knowledge-post.entity';

/** Facts the domain's access rules take, from a stored post. */
export const accessFacts = (post: Pick<KnowledgePostEntity, 'status' | 'authorId' | 'ownerId'>) => ({
  status: post.status as PostStatus,
  authorId: post.authorId,
  ownerId: post.ownerId,
});

/** The post if the viewer may see it; otherwise NOT_FOUND (a draft's existence is not revealed). */
export function visibleOrNotFound<P extends Pick<KnowledgePostEntity, 'status' | 'authorId' | 'ownerId'>>(
  viewer: Viewer,
  post: P | null,
): P {
  if (!post || !canSeePost(viewer, accessFacts(post))) throw new NotFoundError('Knowledge post');
  return post;
}

/**
 * Locks the post row for the rest of the transaction and reads it. Every write that touches a
 * post (edit, status, counters) starts with this, so concurrent changes of one post queue here
 * and always lock the post before the author's points rows (one lock order: no deadlocks).
 */
export async function lockPost(
  scope: TenantScope,
  viewer: Viewer,
  id: string,
): Promise<KnowledgePostEntity> {
  const [post] = await lockedPosts(scope, [id]);
  return visibleOrNotFound(viewer, post ?? null);
}

/** What a view needs of a post: who may see it, whom it pays, its counters. */
export type PostCounters = Pick<
  KnowledgePostEntity,
  'id' | 'status' | 'authorId' | 'ownerId' | 'viewCount' | 'likeCount'
>;

/**
 * lockPost for several posts (locked in id order, so concurrent batches lock in one order),
 * reading only what a view needs (not the body: the view path's batches lock many posts).
 */
export async function lockPosts(
  scope: TenantScope,
  ids: readonly string[],
): Promise<Map<string, PostCounters>> {
  if (ids.length === 0) return new Map();
  const posts = await lockedPosts(scope, ids, [
    'id',
    'status',
    'authorId',
    'ownerId',
    'viewCount',
    'likeCount',
  ]);
  return new Map(posts.map((post) => [post.id, post]));
}

/**
 * One statement: MySQL reads the latest committed rows with their exclusive locks (SELECT …
 * FOR UPDATE, in primary-key order); SQLite runs one write transaction at a time
 * (write-lock.ts), so its plain read is already the latest row and nobody can change it.
 * `columns`: only these properties (all by default).
 */
function lockedPosts(
  scope: TenantScope,
  ids: readonly string[],
  columns?: readonly (keyof KnowledgePostEntity)[],
): Promise<KnowledgePostEntity[]> {
  const query = scope
    .repo(KnowledgePostEntity)
    .query('p')
    .andWhere('p.id IN (:...ids)', { ids: [...ids] })
    .orderBy('p.id', 'ASC');
  if (columns) query.select(columns.map((c) => `p.${String(c)}`));
  if (dialectOf(scope.manager) === 'mysql') query.setLock('pessimistic_write');
  return query.getMany();
}

/** Adds counted views per post: one UPDATE per distinct amount (mostly one). */
export async function addViewCounts(
  scope: TenantScope,
  added: ReadonlyMap<string, number>,
): Promise<void> {
  const byAmount = new Map<number, string[]>();
  for (const [id, n] of added) if (n > 0) byAmount.set(n, [...(byAmount.get(n) ?? []), id]);
  for (const [n, ids] of byAmount) {
    await scope
      .repo(KnowledgePostEntity)
      .update({ id: In(ids.sort()) }, { viewCount: increment('view_count', n) });
  }
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

/**
 * Whether a view moved a post's popularity into another 10 % step: the search index stores it
 * only then (a row rewrite per view would be the view path's most expensive statement), so the
 * stored popularity is always within 10 % of the exact one.
 */
export const popularityStepChanged = (before: number, after: number): boolean => {
  const step = (p: number) => (p < 20 ? p : Math.floor(Math.log(p) / Math.log(1.1)));
  return step(before) !== step(after);
};

/** What the guideline's pre-publish content check reads: everything colleagues will see. */
export const checkedText = (post: KnowledgePostEntity, tags: string[]) => ({
  sourceType: 'knowledgePost',
  sourceId: post.id,
  text: [post.title, tags.join(' '), post.bodyMarkdown].join('\n'),
});
