import type { Role } from '../../generated/graphql';

/** Display order, from everyday to most privileged. */
export const ROLE_VALUES = [
  'STAFF',
  'AMBASSADOR',
  'MANAGER',
  'HR',
  'ADMIN',
] as const satisfies readonly Role[];

export function hasAnyRole(roles: readonly Role[], required: readonly Role[]): boolean {
  return roles.some((role) => required.includes(role));
}

export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLE_VALUES.filter((role) => roles.includes(role));
}
