import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import type { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../../identity/entities/member.entity';
import { KnowledgePostLikeEntity } from '../entities/knowledge-post-like.entity';
import { KnowledgePostRevisionEntity } from '../entities/knowledge-post-revision.entity';
import { KnowledgePostTagEntity } from '../entities/knowledge-post-tag.entity';

type Count = { key: string; count: string | number };

function createKnowledgeLoaders(db: TenantDataSource, viewer: Viewer) {
  const scope = db.scope(viewer);
  return {
    member: new DataLoader<string, MemberEntity | null>(async (ids) => {
      const rows = await scope.repo(MemberEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    tags: new DataLoader<string, string[]>(async (postIds) => {
      const rows = await scope
        .repo(KnowledgePostTagEntity)
        .find({ where: { postId: In([...postIds]) }, order: { tag: 'ASC' } });
      const byPost = new Map<string, string[]>();
      for (const row of rows) byPost.set(row.postId, [...(byPost.get(row.postId) ?? []), row.tag]);
      return postIds.map((id) => byPost.get(id) ?? []);
    }),
    likedByViewer: new DataLoader<string, boolean>(async (postIds) => {
      const rows = await scope
        .repo(KnowledgePostLikeEntity)
        .findBy({ memberId: viewer.memberId, postId: In([...postIds]) });
      const liked = new Set(rows.map((r) => r.postId));
      return postIds.map((id) => liked.has(id));
    }),
    revisionCount: new DataLoader<string, number>(async (postIds) => {
      const rows = await scope
        .repo(KnowledgePostRevisionEntity)
        .query('r')
        .select('r.post_id', 'key')
        .addSelect('COUNT(*)', 'count')
        .andWhere('r.post_id IN (:...ids)', { ids: [...postIds] })
        .groupBy('r.post_id')
        .getRawMany<Count>();
      const counts = new Map(rows.map((r) => [r.key, Number(r.count)]));
      return postIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type KnowledgeLoaders = ReturnType<typeof createKnowledgeLoaders>;

// One set per request (keyed by its context) and viewer, like the shared loaders.
const perRequest = new WeakMap<GraphQLContext, { viewer: Viewer; loaders: KnowledgeLoaders }>();

/** Per-request batch loaders of the knowledge module, bound to the viewer's organization. */
export function knowledgeLoaders(
  ctx: GraphQLContext,
  db: TenantDataSource,
  viewer: Viewer,
): KnowledgeLoaders {
  const cached = perRequest.get(ctx);
  if (cached && cached.viewer === viewer) return cached.loaders;
  const loaders = createKnowledgeLoaders(db, viewer);
  perRequest.set(ctx, { viewer, loaders });
  return loaders;
}
