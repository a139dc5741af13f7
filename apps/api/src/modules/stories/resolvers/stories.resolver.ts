import {
  Args,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { roundHours } from '@chienowa/domain';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { MemberModel } from '../../identity/dto/member.model';
import { PromptTemplateModel } from '../../templates/dto/template.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { NotFoundError } from '../../../common/graphql/app-errors';
import {
  StoryStatusEnum,
  SuccessStoryConnection,
  SuccessStoryFilter,
  SuccessStoryInput,
  SuccessStoryModel,
} from '../dto/story.model';
import type { SuccessStoryEntity } from '../entities/success-story.entity';
import { minutesSaved, StoriesService, type ReviewerContext } from '../services/stories.service';

@Resolver(() => SuccessStoryModel)
export class StoriesResolver {
  constructor(private readonly stories: StoriesService) {}

  private async toModels(
    ctx: ReviewerContext,
    rows: SuccessStoryEntity[],
  ): Promise<SuccessStoryModel[]> {
    const templates = await this.stories.templatesOf(
      ctx.viewer,
      rows.map((r) => r.id),
    );
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      improved: s.improved,
      howMarkdown: s.howMarkdown,
      minutesBefore: s.minutesBeforeX100 / 100,
      minutesAfter: s.minutesAfterX100 / 100,
      occurrencesPerMonth: s.occurrencesPerMonthX100 / 100,
      hoursSavedPerMonth: roundHours(minutesSaved(s) / 60),
      qualityNote: s.qualityNote,
      status: s.status as StoryStatusEnum,
      reviewComment: s.reviewComment,
      submittedAt: s.submittedAt,
      reviewedAt: s.reviewedAt,
      approvedAt: s.approvedAt,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      canReview:
        s.status === 'submitted' || s.status === 'approved'
          ? this.stories.canReview(ctx, s)
          : false,
      canEdit:
        s.authorId === ctx.viewer.memberId && (s.status === 'draft' || s.status === 'returned'),
      templates: templates.get(s.id) ?? [],
      authorId: s.authorId,
      reviewerId: s.reviewerId,
      departmentId: s.departmentId,
    }));
  }

  private async one(viewer: Viewer, load: (ctx: ReviewerContext) => Promise<SuccessStoryEntity>) {
    const ctx = await this.stories.reviewerContext(viewer);
    return (await this.toModels(ctx, [await load(ctx)]))[0];
  }

  @Authenticated()
  @Query(() => SuccessStoryConnection)
  async successStories(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => SuccessStoryFilter, nullable: true })
    filter: SuccessStoryFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SuccessStoryConnection> {
    const ctx = await this.stories.reviewerContext(viewer);
    const page = await this.stories.list(
      ctx,
      filter ?? { reviewable: false, mine: false },
      first,
      after,
    );
    const nodes = await this.toModels(ctx, page.nodes);
    return {
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }

  @Authenticated()
  @Query(() => SuccessStoryModel)
  successStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.one(viewer, (ctx) => this.stories.get(ctx, id));
  }

  @Authenticated()
  @Mutation(() => SuccessStoryModel)
  createSuccessStory(@CurrentViewer() viewer: Viewer, @Args('input') input: SuccessStoryInput) {
    return this.one(viewer, () => this.stories.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => SuccessStoryModel)
  updateSuccessStory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SuccessStoryInput,
  ) {
    return this.one(viewer, () => this.stories.update(viewer, id, input));
  }

  @Authenticated()
  @Mutation(() => SuccessStoryModel, {
    description: 'Author: send a draft or returned story for review.',
  })
  submitSuccessStory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('confirmFlags', {
      defaultValue: false,
      description: 'Publish although the content check flagged something (recorded).',
    })
    confirmFlags: boolean,
  ) {
    return this.one(viewer, () => this.stories.submit(viewer, id, confirmFlags));
  }

  @Authenticated()
  @Mutation(() => SuccessStoryModel, {
    description: 'Author: take a submitted story back to draft.',
  })
  withdrawSuccessStory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.one(viewer, () => this.stories.withdraw(viewer, id));
  }

  // Role checks happen per story (manager or ambassador of the author's department).
  @Authenticated()
  @Mutation(() => SuccessStoryModel, {
    description: 'Reviewer: approve (pays the author and template authors).',
  })
  approveSuccessStory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    return this.one(viewer, (ctx) => this.stories.review(ctx, id, 'approved', comment));
  }

  @Authenticated()
  @Mutation(() => SuccessStoryModel, {
    description: 'Reviewer: return with a comment (reverses points of an approved story).',
  })
  returnSuccessStory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
  ) {
    return this.one(viewer, (ctx) => this.stories.review(ctx, id, 'returned', comment));
  }

  @ResolveField(() => MemberModel)
  async author(@Parent() story: SuccessStoryModel, @GqlCtx() ctx: GraphQLContext) {
    const member = await ctx.loaders.member.load(story.authorId);
    if (!member) throw new NotFoundError('Member');
    return toMemberModel(member);
  }

  @ResolveField(() => MemberModel, { nullable: true })
  async reviewer(@Parent() story: SuccessStoryModel, @GqlCtx() ctx: GraphQLContext) {
    if (!story.reviewerId) return null;
    const member = await ctx.loaders.member.load(story.reviewerId);
    return member ? toMemberModel(member) : null;
  }
}

/** "This template saves 12.5 h/month": hours of the approved stories that used it. */
@Resolver(() => PromptTemplateModel)
export class TemplateStoriesResolver {
  constructor(private readonly stories: StoriesService) {}

  @ResolveField(() => Float, {
    description: 'Hours per month saved by approved success stories that used this template.',
  })
  async hoursSavedPerMonth(
    @Parent() template: PromptTemplateModel,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<number> {
    return (
      (await this.stories.hoursSaved(ctx.viewer!, 'template', [template.id])).get(template.id) ?? 0
    );
  }
}

/** Hours saved by a member's approved stories, shown on their profile. */
@Resolver(() => MemberModel)
export class MemberStoriesResolver {
  constructor(private readonly stories: StoriesService) {}

  @ResolveField(() => Float, {
    description: 'Hours saved per month by this member’s approved success stories.',
  })
  async hoursSavedPerMonth(
    @Parent() member: MemberModel,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<number> {
    return (await this.stories.hoursSaved(ctx.viewer!, 'author', [member.id])).get(member.id) ?? 0;
  }
}
