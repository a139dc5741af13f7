import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import {
  renewSubscriptionLoaders,
  type GraphQLContext,
  type SubscriptionPubSub,
} from '../../../common/graphql/graphql-context';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import {
  FeedCommentModel,
  FeedFilterEnum,
  FeedItemConnection,
  FeedItemModel,
  ReactionCountModel,
} from '../dto/recognition.model';
import type { FeedCommentEntity } from '../entities/feed-comment.entity';
import type { FeedItemEntity } from '../entities/feed-item.entity';
import { FeedService } from '../services/feed.service';
import { feedTopic } from '../services/live-events';
import { RecognitionLoadersFactory } from '../services/recognition.loaders';
import { toFeedItemModel } from '../services/recognition-payload';

const toCommentModel = (c: FeedCommentEntity): FeedCommentModel => ({
  id: c.id,
  authorId: c.authorId,
  body: c.body,
  createdAt: c.createdAt,
});

/** Live payloads may have crossed a process boundary (JSON): restore the dates. */
const revive = (row: FeedItemEntity): FeedItemEntity => ({
  ...row,
  createdAt: new Date(row.createdAt),
});

const MAX_COMMENTS_SHOWN = 50;

@Resolver(() => FeedItemModel)
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly loaders: RecognitionLoadersFactory,
  ) {}

  @Authenticated()
  @Query(() => FeedItemConnection, {
    description: 'The recognition feed (ホーム), newest first.',
  })
  async feed(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => FeedFilterEnum, defaultValue: FeedFilterEnum.ALL })
    filter: FeedFilterEnum,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<FeedItemConnection> {
    const page = await this.feedService.list(viewer, filter, first, after);
    const edges = page.nodes.map((node) => ({
      node: toFeedItemModel(node),
      cursor: this.feedService.cursorOf(node),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Authenticated()
  @Query(() => FeedItemModel)
  async feedItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FeedItemModel> {
    return toFeedItemModel(await this.feedService.get(viewer, id));
  }

  @Authenticated()
  @Mutation(() => FeedItemModel, {
    description: 'Toggles the viewer’s reaction (👍 🎉 👏 ❤️ 💡 🙏) on a feed item.',
  })
  async reactToFeedItem(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('emoji') emoji: string,
  ): Promise<FeedItemModel> {
    return toFeedItemModel(await this.feedService.react(viewer, itemId, emoji));
  }

  @Authenticated()
  @Mutation(() => FeedCommentModel, { description: 'Comments on a feed item (1–500 characters).' })
  async commentOnFeedItem(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('body') body: string,
  ): Promise<FeedCommentModel> {
    return toCommentModel(await this.feedService.comment(viewer, itemId, body));
  }

  @Authenticated()
  @Subscription(() => FeedItemModel, {
    description: 'New feed items of the viewer’s organization, as they are written.',
    resolve: (payload: FeedItemEntity, _args: unknown, ctx: GraphQLContext) => {
      renewSubscriptionLoaders(ctx);
      return toFeedItemModel(revive(payload));
    },
  })
  feedItemAdded(
    @CurrentViewer() viewer: Viewer,
    @Context('pubsub') pubsub: SubscriptionPubSub,
  ): Promise<AsyncIterable<unknown>> {
    // The topic is the viewer's organization: other organizations' items never reach it.
    return pubsub.subscribe(feedTopic(viewer.organizationId));
  }

  @ResolveField(() => MemberModel, { nullable: true, description: 'Who did it (kudos giver).' })
  async actor(
    @Parent() item: FeedItemModel,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel | null> {
    const m = item.actorId ? await ctx.loaders.member.load(item.actorId) : null;
    return m ? toMemberModel(m) : null;
  }

  @ResolveField(() => MemberModel, {
    nullable: true,
    description: 'Who it is about (receiver, badge earner, story author, new member).',
  })
  async subject(
    @Parent() item: FeedItemModel,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel | null> {
    const m = item.subjectId ? await ctx.loaders.member.load(item.subjectId) : null;
    return m ? toMemberModel(m) : null;
  }

  @ResolveField(() => [ReactionCountModel], {
    description: 'Reactions with at least one member, in the fixed emoji order.',
  })
  reactions(
    @Parent() item: FeedItemModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ReactionCountModel[]> {
    return this.loaders.for(ctx, viewer).reactions.load(item.id);
  }

  @ResolveField(() => Int)
  commentCount(
    @Parent() item: FeedItemModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<number> {
    return this.loaders.for(ctx, viewer).commentCount.load(item.id);
  }

  @ResolveField(() => [FeedCommentModel], {
    description: 'The latest `last` comments (at most 50), oldest first.',
  })
  async comments(
    @Parent() item: FeedItemModel,
    @CurrentViewer() viewer: Viewer,
    @Args('last', { type: () => Int, defaultValue: 3 }) last: number,
  ): Promise<FeedCommentModel[]> {
    if (!Number.isInteger(last) || last < 0 || last > MAX_COMMENTS_SHOWN) {
      throw BadUserInputError.field('last', 'last.outOfRange', 'last must be 0–50');
    }
    if (last === 0) return [];
    return (await this.feedService.latestComments(viewer, item.id, last)).map(toCommentModel);
  }
}

@Resolver(() => FeedCommentModel)
export class FeedCommentResolver {
  @ResolveField(() => MemberModel)
  async author(@Parent() c: FeedCommentModel, @GqlCtx() ctx: GraphQLContext): Promise<MemberModel> {
    const m = await ctx.loaders.member.load(c.authorId);
    if (!m) throw new Error('Author of a comment is missing');
    return toMemberModel(m);
  }
}
