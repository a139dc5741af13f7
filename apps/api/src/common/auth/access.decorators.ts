import { SetMetadata } from '@nestjs/common';
import type { AccessRule, Role } from '@chienowa/domain';

export const ACCESS_RULE_KEY = 'chienowa:access-rule';

/** Anyone, signed in or not (sign-in itself, `me`). */
export const Public = () => SetMetadata(ACCESS_RULE_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in, active member of an organization. */
export const Authenticated = () =>
  SetMetadata(ACCESS_RULE_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** Members holding at least one of the roles. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(ACCESS_RULE_KEY, { kind: 'roles', roles } satisfies AccessRule);
