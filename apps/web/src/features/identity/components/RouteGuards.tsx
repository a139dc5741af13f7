import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../generated/graphql';
import { hasAnyRole } from '../../../shared/lib/roles';
import { FullPageLoader } from '../../../shared/ui/FullPageLoader';
import { useCurrentMember } from '../hooks/useCurrentMember';
import { SessionErrorView } from './SessionErrorView';

/** Signed-out visitors go to /login, which sends them back here afterwards. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const session = useCurrentMember();
  const location = useLocation();
  if (session.status === 'loading') return <FullPageLoader />;
  if (session.status === 'error') return <SessionErrorView onRetry={session.retry} />;
  if (session.status === 'signedOut') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return children ?? <Outlet />;
}

/** Renders `forbidden` (a friendly 403) unless the member has one of the roles. */
export function RequireRoles(props: {
  roles: readonly Role[];
  forbidden: ReactNode;
  children?: ReactNode;
}) {
  const session = useCurrentMember();
  if (session.status !== 'signedIn') return null;
  if (!hasAnyRole(session.member.roles, props.roles)) return props.forbidden;
  return props.children ?? <Outlet />;
}
