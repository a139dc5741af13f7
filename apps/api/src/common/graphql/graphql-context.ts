import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

export type GraphQLContext = {
  req: FastifyRequest;
  reply: FastifyReply;
  viewer: Viewer | null;
  /** Batch loaders bound to the viewer's organization (signed-in requests only). */
  readonly loaders: Loaders;
  /** Sign-in and sign-out switch the viewer mid-request. */
  setViewer(viewer: Viewer | null): void;
  /**
   * Subscriptions only: a fresh set of loaders. A subscription's context lives as long as the
   * WebSocket, so each delivered event gets new loaders (no stale cache across events).
   */
  newLoaders?: () => Loaders;
};

/** Mercurius' per-subscription pubsub on the context (`@Context('pubsub')`). */
export type SubscriptionPubSub = {
  subscribe(topic: string | string[]): Promise<AsyncIterable<unknown>>;
};

/** Call from a subscription's `resolve` before its fields are resolved. */
export function renewSubscriptionLoaders(ctx: GraphQLContext): void {
  if (ctx.newLoaders) (ctx as { loaders: Loaders }).loaders = ctx.newLoaders();
}
