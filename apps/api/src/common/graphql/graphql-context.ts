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
};
