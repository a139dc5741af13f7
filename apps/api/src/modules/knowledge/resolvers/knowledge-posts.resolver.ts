import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canEditPost, localDate, needsReview } from '@chienowa/domain';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { DepartmentModel } from '../../organization/dto/department.model';
import { toDepartmentModel } from '../../organization/mappers/organization.mapper';
import {
  CreateKnowledgePostInput,
  KnowledgePostFilter,
  UpdateKnowledgePostInput,
} from '../dto/knowledge-post.inputs';
import {
  KnowledgeCommentConnection,
  KnowledgePostConnection,
  KnowledgePostModel,
  KnowledgePostRevisionConnection,
  KnowledgePostStatus,
  TagCount,
} from '../dto/knowledge-post.model';
import { knowledgeLoaders } from '../loaders/knowledge.loaders';
import { toKnowledgeCommentModel, toKnowledgePostModel } from '../mappers/knowledge.mapper';
import { KnowledgeEngagementService } from '../services/knowledge-engagement.service';
import { KnowledgePostsService } from '../services/knowledge-posts.service';

@Resolver(() => KnowledgePostModel)
export class KnowledgePostsResolver {
  constructor(
    private readonly posts: KnowledgePostsService,
    private readonly engagement: KnowledgeEngagementService,
    private readonly db: TenantDataSource,
  ) {}

  @Authenticated()
  @Query(() => KnowledgePostConnection, {
    description:
      'Posts the viewer may see, most recently updated first (filters only; full-text search is the search module’s).',
  })
  async knowledgePosts(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => KnowledgePostFilter, nullable: true })
    filter: KnowledgePostFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgePostConnection> {
    const page = await this.posts.list(viewer, filter ?? {}, first, after);
    return {
      edges: page.nodes.map((node, i) => ({
        node: toKnowledgePostModel(node),
        cursor: page.cursors[i],
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }

  @Authenticated()
  @Query(() => KnowledgePostModel)
  async knowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.posts.get(viewer, id));
  }

  @Authenticated()
  @Query(() => KnowledgePostRevisionConnection, { description: 'Edit history, newest first.' })
  async knowledgePostRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgePostRevisionConnection> {
    const page = await this.posts.revisions(viewer, postId, first, after);
    return {
      edges: page.nodes.map(({ revision, tags, changedFields }, i) => ({
        cursor: page.cursors[i],
        node: {
          id: revision.id,
          postId: revision.postId,
          editorId: revision.editorId,
          title: revision.title,
          bodyMarkdown: revision.bodyMarkdown,
          tags,
          changedFields,
          createdAt: revision.createdAt,
        },
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }

  @Authenticated()
  @Query(() => [TagCount], { description: 'Tags of published posts, most used first.' })
  knowledgeTags(@CurrentViewer() viewer: Viewer): Promise<TagCount[]> {
    return this.posts.tagCounts(viewer);
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, { description: 'Creates a draft owned by the viewer.' })
  async createKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateKnowledgePostInput,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.posts.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description:
      'Saves an edit (author, owner or admin) as a new revision; reviewBy restarts at 180 days unless given.',
  })
  async updateKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateKnowledgePostInput,
    @Args('confirmFlags', {
      defaultValue: false,
      description:
        'Save a published post although the guideline content check flagged something (recorded).',
    })
    confirmFlags: boolean,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.posts.update(viewer, id, input, confirmFlags));
  }

  @ResolveField(() => [String])
  tags(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<string[]> {
    return knowledgeLoaders(ctx, this.db, viewer).tags.load(post.id);
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async department(@Parent() post: KnowledgePostModel, @GqlCtx() ctx: GraphQLContext) {
    if (!post.departmentId) return null;
    const department = await ctx.loaders.department.load(post.departmentId);
    return department ? toDepartmentModel(department) : null;
  }

  @ResolveField(() => MemberModel)
  author(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    return this.member(ctx, viewer, post.authorId);
  }

  @ResolveField(() => MemberModel, { description: 'Keeps the post up to date (reviews it).' })
  owner(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    return this.member(ctx, viewer, post.ownerId);
  }

  @ResolveField(() => Boolean, {
    description: 'Published and past its review-by date in the organization’s time zone.',
  })
  async needsReview(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<boolean> {
    if (post.status !== KnowledgePostStatus.PUBLISHED) return false;
    const org = await ctx.loaders.organization.load(viewer.organizationId);
    if (!org) throw new Error('The viewer’s organization is missing');
    return needsReview(post.reviewBy, localDate(new Date(), org.timeZone));
  }

  @ResolveField(() => Boolean)
  likedByMe(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return knowledgeLoaders(ctx, this.db, viewer).likedByViewer.load(post.id);
  }

  @ResolveField(() => KnowledgeCommentConnection, { description: 'Oldest first.' })
  async comments(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgeCommentConnection> {
    const page = await this.engagement.comments(viewer, post.id, first, after);
    return {
      edges: page.nodes.map((node, i) => ({
        node: toKnowledgeCommentModel(node),
        cursor: page.cursors[i],
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }

  @ResolveField(() => Int)
  revisionCount(
    @Parent() post: KnowledgePostModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<number> {
    return knowledgeLoaders(ctx, this.db, viewer).revisionCount.load(post.id);
  }

  @ResolveField(() => Boolean, { description: 'Author, owner or admin.' })
  canEdit(@Parent() post: KnowledgePostModel, @CurrentViewer() viewer: Viewer): boolean {
    return canEditPost(viewer, {
      status: post.status,
      authorId: post.authorId,
      ownerId: post.ownerId,
    });
  }

  private async member(ctx: GraphQLContext, viewer: Viewer, id: string): Promise<MemberModel> {
    const member = await knowledgeLoaders(ctx, this.db, viewer).member.load(id);
    if (!member) throw new Error('A post’s member is missing');
    return toMemberModel(member);
  }
}
