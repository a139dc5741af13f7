import { Divider, NavLink, Stack } from '@mantine/core';
import {
  IconAward,
  IconBook2,
  IconBulb,
  IconChartBar,
  IconChartLine,
  IconHome,
  IconScale,
  IconUsersGroup,
  IconSettings,
  IconShieldCheck,
  IconTargetArrow,
  IconTemplate,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../generated/graphql';
import { hasAnyRole } from '../../shared/lib/roles';

type NavItem = { to: string; label: string; icon: ReactNode; exact?: boolean };

function isActive(pathname: string, item: NavItem): boolean {
  return item.exact
    ? pathname === item.to
    : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

export function MainNavigation({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const iconSize = 18;

  const main: NavItem[] = [
    { to: '/', label: t('nav.home'), icon: <IconHome size={iconSize} />, exact: true },
    { to: '/knowledge', label: t('nav.knowledge'), icon: <IconBook2 size={iconSize} /> },
    { to: '/templates', label: t('nav.templates'), icon: <IconTemplate size={iconSize} /> },
    { to: '/stories', label: t('nav.stories'), icon: <IconBulb size={iconSize} /> },
    { to: '/leaderboard', label: t('nav.leaderboard'), icon: <IconChartBar size={iconSize} /> },
    { to: '/challenges', label: t('nav.challenges'), icon: <IconTargetArrow size={iconSize} /> },
    {
      to: '/ambassadors',
      label: t('nav.ambassadors'),
      icon: <IconUsersGroup size={iconSize} />,
    },
    { to: '/guideline', label: t('guideline.navLabel'), icon: <IconShieldCheck size={iconSize} /> },
  ];
  const restricted: NavItem[] = [];
  if (hasAnyRole(roles, ['HR', 'ADMIN'])) {
    restricted.push({
      to: '/hr',
      label: t('nav.hr'),
      icon: <IconAward size={iconSize} />,
      exact: true,
    });
    restricted.push({
      to: '/hr/fair-play',
      label: t('nav.fairPlay'),
      icon: <IconScale size={iconSize} />,
    });
  }
  if (hasAnyRole(roles, ['HR', 'ADMIN', 'MANAGER'])) {
    restricted.push({
      to: '/analytics',
      label: t('nav.analytics'),
      icon: <IconChartLine size={iconSize} />,
    });
  }
  const isAdmin = roles.includes('ADMIN');
  const adminItems: NavItem[] = [
    { to: '/admin/members', label: t('nav.adminMembers'), icon: null },
    { to: '/admin/structure', label: t('nav.adminStructure'), icon: null },
    { to: '/admin/import', label: t('nav.adminImport'), icon: null },
    { to: '/admin/points', label: t('nav.adminPointRules'), icon: null },
    { to: '/admin/template-categories', label: t('templates.categories.title'), icon: null },
    { to: '/admin/guideline', label: t('guideline.admin.navLabel'), icon: null },
    { to: '/admin/banned-terms', label: t('guideline.bannedTerms.navLabel'), icon: null },
    { to: '/admin/organization', label: t('nav.adminOrganization'), icon: null },
    { to: '/admin/leaderboard', label: t('nav.adminLeaderboard'), icon: null },
    { to: '/admin/badges', label: t('nav.adminBadges'), icon: null },
    { to: '/admin/custom-badges', label: t('nav.adminCustomBadges'), icon: null },
    { to: '/admin/recognition', label: t('nav.adminRecognition'), icon: null },
  ];

  const renderLink = (item: NavItem) => {
    const active = isActive(pathname, item);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={item.icon}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    );
  };

  return (
    <Stack gap={2}>
      {main.map(renderLink)}
      {restricted.length > 0 || isAdmin ? <Divider my="xs" /> : null}
      {restricted.map(renderLink)}
      {isAdmin ? (
        <>
          {renderLink({
            to: '/admin',
            label: t('nav.admin'),
            icon: <IconSettings size={iconSize} />,
            exact: true,
          })}
          <Stack gap={2} pl={28} aria-label={t('nav.admin')} role="group">
            {adminItems.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={isActive(pathname, item)}
                aria-current={isActive(pathname, item) ? 'page' : undefined}
                variant="subtle"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            ))}
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
