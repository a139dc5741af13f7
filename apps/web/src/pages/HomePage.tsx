import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconBook2,
  IconBuilding,
  IconBulb,
  IconHeartHandshake,
  IconLock,
  IconSettings,
  IconTargetArrow,
  IconTemplate,
  IconSearch,
  IconTrophy,
  IconUser,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { departmentLabel } from '../shared/lib/department-label';
import { sortRoles } from '../shared/lib/roles';

function SoonItem({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <List.Item
      icon={
        <ThemeIcon variant="light" size={30} radius="xl" aria-hidden="true">
          {icon}
        </ThemeIcon>
      }
    >
      <Text size="sm" lh={1.8}>
        {children}
      </Text>
    </List.Item>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  if (session.status !== 'signedIn') return null;
  const { member } = session;
  const isAdmin = member.roles.includes('ADMIN');

  return (
    <Stack gap="lg" maw={1080}>
      <Card
        radius="lg"
        padding="xl"
        style={{ background: 'linear-gradient(135deg, #e7f7f5 0%, #fdf6e3 100%)' }}
        withBorder
      >
        <Stack gap="sm">
          <Title order={1} fz={{ base: 24, sm: 30 }} data-testid="welcome-heading">
            {t('home.welcome', { name: member.displayName })}
          </Title>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconBuilding size={18} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
            <Text>{t('home.organizationLine', { organization: member.organization.name })}</Text>
          </Group>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('home.department')}:
            </Text>
            <Text size="sm">{departmentLabel(member.department) ?? t('home.noDepartment')}</Text>
          </Group>
          <Group gap="xs" aria-label={t('home.yourRoles')} role="group">
            <Text size="sm" fw={600}>
              {t('home.yourRoles')}:
            </Text>
            {sortRoles(member.roles).map((role) => (
              <Badge key={role} variant="white" color="jade" size="lg">
                {t(`roles.${role}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Group gap="xs">
              <Title order={2} fz="lg">
                {t('home.soonTitle')}
              </Title>
              <Badge variant="light" color="yellow">
                {t('comingSoon.badge')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('home.soonIntro')}
            </Text>
            <List spacing="sm" center>
              <SoonItem icon={<IconTrophy size={16} />}>{t('home.soonLeaderboard')}</SoonItem>
              <SoonItem icon={<IconHeartHandshake size={16} />}>{t('home.soonKudos')}</SoonItem>
              <SoonItem icon={<IconTargetArrow size={16} />}>{t('home.soonChallenges')}</SoonItem>
            </List>
          </Stack>
        </Card>

        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('home.nowTitle')}
            </Title>
            <List spacing="sm" center>
              <SoonItem icon={<IconBook2 size={16} />}>
                <Anchor component={Link} to="/knowledge">
                  {t('home.nowKnowledge')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconTemplate size={16} />}>
                <Anchor component={Link} to="/templates">
                  {t('home.nowTemplates')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconBulb size={16} />}>
                <Anchor component={Link} to="/stories">
                  {t('home.nowStories')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconSearch size={16} />}>
                <Anchor component={Link} to="/search">
                  {t('home.nowSearch')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconTrophy size={16} />}>
                <Anchor component={Link} to="/points">
                  {t('home.nowPoints')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconUser size={16} />}>
                <Anchor component={Link} to="/profile">
                  {t('home.nowProfile')}
                </Anchor>
              </SoonItem>
              <SoonItem icon={<IconLock size={16} />}>
                <Anchor component={Link} to="/profile#password">
                  {t('home.nowPassword')}
                </Anchor>
              </SoonItem>
              {isAdmin ? (
                <SoonItem icon={<IconSettings size={16} />}>
                  <Anchor component={Link} to="/admin">
                    {t('home.nowAdmin')}
                  </Anchor>
                </SoonItem>
              ) : null}
            </List>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
