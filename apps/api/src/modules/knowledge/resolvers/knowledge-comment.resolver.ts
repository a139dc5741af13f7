import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canDeleteComment } from '@chienowa/domain';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { KnowledgeCommentModel, KnowledgePostRevisionModel } from '../dto/knowledge-post.model';
import { knowledgeLoaders } from '../loaders/knowledge.loaders';

async function loadMember(
  ctx: GraphQLContext,
  db: TenantDataSource,
  viewer: Viewer,
  id: string,
): Promise<MemberModel> {
  const member = await knowledgeLoaders(ctx, db, viewer).member.load(id);
  if (!member) throw new Error('A member of a knowledge record is missing');
  return toMemberModel(member);
}

@Resolver(() => KnowledgeCommentModel)
export class KnowledgeCommentResolver {
  constructor(private readonly db: TenantDataSource) {}

  @ResolveField(() => MemberModel)
  author(
    @Parent() comment: KnowledgeCommentModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    return loadMember(ctx, this.db, viewer, comment.authorId);
  }

  @ResolveField(() => Boolean, { description: 'The comment’s author or an admin.' })
  canDelete(@Parent() comment: KnowledgeCommentModel, @CurrentViewer() viewer: Viewer): boolean {
    return canDeleteComment(viewer, comment);
  }
}

@Resolver(() => KnowledgePostRevisionModel)
export class KnowledgePostRevisionResolver {
  constructor(private readonly db: TenantDataSource) {}

  @ResolveField(() => MemberModel, { description: 'Who saved this revision.' })
  editor(
    @Parent() revision: KnowledgePostRevisionModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    return loadMember(ctx, this.db, viewer, revision.editorId);
  }
}
