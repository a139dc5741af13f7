import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isAllowed, type AccessRule } from '@chienowa/domain';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ACCESS_RULE_KEY } from './access.decorators';

/**
 * Deny by default: every resolver and controller handler must declare @Public,
 * @Authenticated or @RequireRoles. A handler without a rule is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation has no access rule');
    if (rule.kind === 'public') return true;

    if (context.getType<string>() !== 'graphql') {
      throw new ForbiddenError();
    }
    const { viewer } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (!viewer) throw new UnauthenticatedError();
    if (!isAllowed(rule, viewer)) throw new ForbiddenError();
    return true;
  }
}
