import { hasAnyRole, type Role } from '../identity/roles';

/** Who may use an operation or see a page. */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

/** `viewer` is null for an anonymous request. */
export const isAllowed = (rule: AccessRule, viewer: { roles: readonly Role[] } | null): boolean => {
  switch (rule.kind) {
    case 'public':
      return true;
    case 'authenticated':
      return viewer !== null;
    case 'roles':
      return viewer !== null && hasAnyRole(viewer.roles, rule.roles);
    default: {
      // A rule kind added later must be handled here; until then it denies.
      const unhandled: never = rule;
      void unhandled;
      return false;
    }
  }
};
