import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FeedItemEntity } from '../entities/feed-item.entity';
import type { NotificationEntity } from '../entities/notification.entity';

/** Per-organization and per-member topics: a subscriber only ever hears its own. */
export const feedTopic = (organizationId: string) => `feed:${organizationId}`;
export const notificationTopic = (memberId: string) => `notifications:${memberId}`;

type MercuriusPubSub = {
  publish(event: { topic: string; payload: unknown }, callback?: (err?: unknown) => void): void;
};

/**
 * The publishing side of the live subscriptions. Publishes through Mercurius' pubsub, whose
 * emitter graphql.config.ts sets: in memory for one process; with REDIS_URL, Redis pub/sub
 * (mqemitter-redis), so an item written by any API process reaches the subscribers of every
 * process (the payload then crosses as msgpack; the subscription resolvers revive dates).
 */
@Injectable()
export class LiveEvents {
  private readonly logger = new Logger(LiveEvents.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  feedItemAdded(item: FeedItemEntity): void {
    this.publish(feedTopic(item.organizationId), item);
  }

  notificationAdded(notification: NotificationEntity): void {
    this.publish(notificationTopic(notification.memberId), notification);
  }

  private publish(topic: string, payload: unknown): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as
      { graphql?: { pubsub?: MercuriusPubSub } } | undefined;
    const pubsub = fastify?.graphql?.pubsub;
    if (!pubsub) return;
    pubsub.publish({ topic, payload }, (err) => {
      if (err) this.logger.error(`Live publish to ${topic} failed: ${String(err)}`);
    });
  }
}
