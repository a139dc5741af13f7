import { AppShell, Burger, Group, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageMenu } from '../../features/identity/components/LanguageMenu';
import { UserMenu } from '../../features/identity/components/UserMenu';
import { useCurrentMember } from '../../features/identity/hooks/useCurrentMember';
import { useMemberLanguageSync } from '../../features/identity/hooks/useMemberLanguageSync';
import { BrandLogo } from '../../shared/ui/BrandLogo';
import { GuidelineBanner } from '../../features/guideline/components/GuidelineBanner';
import { HeaderSearchBox, HeaderSearchLink } from '../../features/search/components/HeaderSearch';
import { NotificationBell } from '../../features/recognition/components/NotificationBell';
import { MainNavigation } from './MainNavigation';

export function AppShellLayout() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  useMemberLanguageSync();

  // On phones the navbar is an overlay: close it after navigating.
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  if (session.status !== 'signedIn') return null;
  const { member } = session;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to="/" aria-label={t('nav.home')} visibleFrom="xs">
              <BrandLogo size={30} />
            </UnstyledButton>
            <Text
              fw={700}
              fz={{ base: 'sm', sm: 'md' }}
              truncate
              data-testid="organization-name"
              style={{ minWidth: 0 }}
            >
              {member.organization.name}
            </Text>
          </Group>
          <HeaderSearchBox />
          <Group gap={4} wrap="nowrap">
            <HeaderSearchLink />
            <NotificationBell />
            <LanguageMenu compact />
            <UserMenu member={member} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="main-navigation" aria-label={t('nav.main')} p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <MainNavigation roles={member.roles} />
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py={6}>
            {t('app.brandFull')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <GuidelineBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
