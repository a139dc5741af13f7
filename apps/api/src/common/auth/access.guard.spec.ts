import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { Authenticated, Public, RequireRoles } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { Viewer } from './viewer';

class Handlers {
  @Public() open() {}
  @Authenticated() signedIn() {}
  @RequireRoles('hr', 'admin') hrOnly() {}
  forgotten() {}
}

const viewer = (roles: Viewer['roles']): Viewer => ({
  memberId: 'm',
  organizationId: 'o',
  roles,
  locale: 'ja',
  sessionTokenHash: 'h',
});

function context(handler: keyof Handlers, who: Viewer | null): ExecutionContext {
  return {
    getType: () => 'graphql',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getArgs: () => [{}, {}, { viewer: who }, {}],
    getArgByIndex: (i: number) => [{}, {}, { viewer: who }, {}][i],
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('denies a handler without an access rule, even to an admin', () => {
    expect(() => guard.canActivate(context('forgotten', viewer(['admin'])))).toThrow(
      ForbiddenError,
    );
  });

  it('lets anyone through @Public', () => {
    expect(guard.canActivate(context('open', null))).toBe(true);
  });

  it('requires a session for @Authenticated', () => {
    expect(() => guard.canActivate(context('signedIn', null))).toThrow(UnauthenticatedError);
    expect(guard.canActivate(context('signedIn', viewer(['staff'])))).toBe(true);
  });

  it('requires one of the roles for @RequireRoles', () => {
    expect(() => guard.canActivate(context('hrOnly', viewer(['staff', 'manager'])))).toThrow(
      ForbiddenError,
    );
    expect(guard.canActivate(context('hrOnly', viewer(['staff', 'hr'])))).toBe(true);
  });
});
