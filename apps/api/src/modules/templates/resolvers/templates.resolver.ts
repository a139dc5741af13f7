import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canSeeTemplate } from '@chienowa/domain';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import {
  CreateTemplateInput,
  PlaceholderValueInput,
  TemplateFilter,
  UpdateTemplateInput,
} from '../dto/template.inputs';
import {
  PromptTemplateModel,
  RecordTemplateReuseResult,
  TemplateCategoryModel,
  TemplateConnection,
  TemplateOrderBy,
} from '../dto/template.model';
import { TemplateLoadersFactory } from '../loaders/template.loaders';
import { toTemplateCategoryModel, toTemplateModel } from '../mappers/template.mapper';
import { TemplatesService } from '../services/templates.service';

@Resolver(() => PromptTemplateModel)
export class TemplatesResolver {
  constructor(
    private readonly service: TemplatesService,
    private readonly loaders: TemplateLoadersFactory,
  ) {}

  @Authenticated()
  @Query(() => TemplateConnection, {
    description: 'The template library: published templates, or the viewer’s drafts/archived.',
  })
  async templates(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => TemplateFilter, nullable: true }) filter: TemplateFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('orderBy', { type: () => TemplateOrderBy, defaultValue: TemplateOrderBy.NEWEST })
    orderBy: TemplateOrderBy,
  ): Promise<TemplateConnection> {
    const page = await this.service.list(viewer, filter ?? {}, orderBy, first, after);
    return {
      edges: page.nodes.map((node, i) => ({
        node: toTemplateModel(node, viewer),
        cursor: page.cursors[i],
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authenticated()
  @Query(() => PromptTemplateModel)
  async template(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PromptTemplateModel> {
    return toTemplateModel(await this.service.get(viewer, id), viewer);
  }

  @Authenticated()
  @Mutation(() => PromptTemplateModel, { description: 'Creates a draft of the viewer’s.' })
  async createTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateTemplateInput,
  ): Promise<PromptTemplateModel> {
    return toTemplateModel(await this.service.create(viewer, input), viewer);
  }

  @Authenticated()
  @Mutation(() => PromptTemplateModel, { description: 'Author or admin.' })
  async updateTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTemplateInput,
    @Args('confirmFlags', {
      defaultValue: false,
      description: 'Save a published template although the content check flagged something.',
    })
    confirmFlags: boolean,
  ): Promise<PromptTemplateModel> {
    return toTemplateModel(await this.service.update(viewer, id, input, confirmFlags), viewer);
  }

  @Authenticated()
  @Mutation(() => PromptTemplateModel, {
    description: 'Author or admin; awards templatePublished. Already published: no change.',
  })
  async publishTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('confirmFlags', {
      defaultValue: false,
      description: 'Publish although the content check flagged something (recorded).',
    })
    confirmFlags: boolean,
  ): Promise<PromptTemplateModel> {
    return toTemplateModel(await this.service.publish(viewer, id, confirmFlags), viewer);
  }

  @Authenticated()
  @Mutation(() => PromptTemplateModel, {
    description: 'Author or admin; reverses the publish award.',
  })
  async archiveTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PromptTemplateModel> {
    return toTemplateModel(await this.service.archive(viewer, id), viewer);
  }

  @Authenticated()
  @Mutation(() => PromptTemplateModel, {
    description: 'Copies a template as the viewer’s draft; credits the origin’s author once.',
  })
  async forkTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<PromptTemplateModel> {
    const copyId = await this.service.fork(viewer, id, idempotencyKey);
    return toTemplateModel(await this.service.get(viewer, copyId), viewer);
  }

  @Authenticated()
  @Mutation(() => RecordTemplateReuseResult, {
    description:
      'Records that the viewer used (copied the filled prompt of) a published template. Idempotent per key.',
  })
  recordTemplateReuse(
    @CurrentViewer() viewer: Viewer,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('idempotencyKey') idempotencyKey: string,
    @Args('values', { type: () => [PlaceholderValueInput], nullable: true })
    values: PlaceholderValueInput[] | null,
  ): Promise<RecordTemplateReuseResult> {
    return this.service.recordReuse(viewer, templateId, idempotencyKey, values ?? null);
  }

  @ResolveField(() => TemplateCategoryModel)
  async category(
    @Parent() template: PromptTemplateModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<TemplateCategoryModel> {
    const category = await this.loaders.for(ctx, viewer).category.load(template.categoryId);
    // Categories in use cannot be deleted.
    if (!category) throw new Error('Category of a visible template is missing');
    return toTemplateCategoryModel(category);
  }

  @ResolveField(() => MemberModel)
  async author(
    @Parent() template: PromptTemplateModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    const member = await this.loaders.for(ctx, viewer).member.load(template.authorId);
    if (!member) throw new Error('Author of a visible template is missing');
    return toMemberModel(member);
  }

  @ResolveField(() => PromptTemplateModel, {
    nullable: true,
    description: 'The template this one was forked from; null when none or not visible.',
  })
  async forkedFrom(
    @Parent() template: PromptTemplateModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<PromptTemplateModel | null> {
    if (!template.forkedFromId) return null;
    const origin = await this.loaders.for(ctx, viewer).template.load(template.forkedFromId);
    return origin && canSeeTemplate(viewer, origin) ? toTemplateModel(origin, viewer) : null;
  }

  @ResolveField(() => Int, { description: 'Distinct members other than the author who used it.' })
  colleagueCount(
    @Parent() template: PromptTemplateModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<number> {
    return this.loaders.for(ctx, viewer).colleagueCount.load(template.id);
  }
}
