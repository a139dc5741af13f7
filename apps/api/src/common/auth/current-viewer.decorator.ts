import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../graphql/app-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Viewer } from './viewer';

/** The signed-in member; only on handlers whose access rule requires sign-in. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Viewer => {
    const { viewer } = GqlExecutionContext.create(ctx).getContext<GraphQLContext>();
    if (!viewer) throw new UnauthenticatedError();
    return viewer;
  },
);

/** The request's GraphQL context (for sign-in and sign-out, which set cookies). */
export const GqlCtx = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): GraphQLContext =>
    GqlExecutionContext.create(ctx).getContext<GraphQLContext>(),
);
