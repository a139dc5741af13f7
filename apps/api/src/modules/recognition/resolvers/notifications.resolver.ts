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
import {
  renewSubscriptionLoaders,
  type GraphQLContext,
  type SubscriptionPubSub,
} from '../../../common/graphql/graphql-context';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { NotificationConnection, NotificationModel } from '../dto/recognition.model';
import type { NotificationEntity } from '../entities/notification.entity';
import { notificationTopic } from '../services/live-events';
import { NotificationsService } from '../services/notifications.service';
import { toNotificationModel } from '../services/recognition-payload';

const revive = (row: NotificationEntity): NotificationEntity => ({
  ...row,
  createdAt: new Date(row.createdAt),
  readAt: row.readAt ? new Date(row.readAt) : null,
});

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnection> {
    const page = await this.notificationsService.list(viewer, first, after);
    const edges = page.nodes.map((node) => ({
      node: toNotificationModel(node),
      cursor: this.notificationsService.cursorOf(node),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Authenticated()
  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notificationsService.unreadCount(viewer);
  }

  @Authenticated()
  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationModel> {
    return toNotificationModel(await this.notificationsService.markRead(viewer, id));
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marks every unread notification read; returns how many.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notificationsService.markAllRead(viewer);
  }

  @Authenticated()
  @Subscription(() => NotificationModel, {
    description: 'The viewer’s own new notifications, as they are written.',
    resolve: (payload: NotificationEntity, _args: unknown, ctx: GraphQLContext) => {
      renewSubscriptionLoaders(ctx);
      return toNotificationModel(revive(payload));
    },
  })
  notificationAdded(
    @CurrentViewer() viewer: Viewer,
    @Context('pubsub') pubsub: SubscriptionPubSub,
  ): Promise<AsyncIterable<unknown>> {
    // The topic is the viewer's member id: nobody else's notifications reach it.
    return pubsub.subscribe(notificationTopic(viewer.memberId));
  }

  @ResolveField(() => MemberModel, { nullable: true })
  async actor(
    @Parent() n: NotificationModel,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel | null> {
    const m = n.actorId ? await ctx.loaders.member.load(n.actorId) : null;
    return m ? toMemberModel(m) : null;
  }
}
