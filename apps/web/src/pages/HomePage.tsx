import {
  Anchor,
  Badge,
  Card,
  Grid,
  Group,
  List,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconBook2,
  IconBuilding,
  IconBulb,
  IconChartBar,
  IconLock,
  IconSettings,
  IconTargetArrow,
  IconTemplate,
  IconSearch,
  IconTrophy,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OnboardingCard } from '../features/badges/components/OnboardingCard';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { RecognitionFeed } from '../features/recognition/components/RecognitionFeed';
import { departmentLabel } from '../shared/lib/department-label';
import { sortRoles } from '../shared/lib/roles';

function LinkItem({ icon, children }: { icon: ReactNode; children: ReactNode }) {
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

/** ホーム: who I am, the recognition feed (称賛・バッジ・チャレンジ…), はじめの一歩 and shortcuts. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  if (session.status !== 'signedIn') return null;
  const { member } = session;
  const isAdmin = member.roles.includes('ADMIN');

  return (
    <Stack gap="lg" maw={1180}>
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

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <RecognitionFeed />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <OnboardingCard />
            <Card withBorder radius="lg" padding="lg">
              <Stack gap="sm">
                <Title order={2} fz="lg">
                  {t('home.nowTitle')}
                </Title>
                <List spacing="sm" center>
                  <LinkItem icon={<IconBook2 size={16} />}>
                    <Anchor component={Link} to="/knowledge">
                      {t('home.nowKnowledge')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconTemplate size={16} />}>
                    <Anchor component={Link} to="/templates">
                      {t('home.nowTemplates')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconBulb size={16} />}>
                    <Anchor component={Link} to="/stories">
                      {t('home.nowStories')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconChartBar size={16} />}>
                    <Anchor component={Link} to="/leaderboard">
                      {t('home.nowLeaderboard')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconTargetArrow size={16} />}>
                    <Anchor component={Link} to="/challenges">
                      {t('home.nowChallenges')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconUsersGroup size={16} />}>
                    <Anchor component={Link} to="/ambassadors">
                      {t('home.nowAmbassadors')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconSearch size={16} />}>
                    <Anchor component={Link} to="/search">
                      {t('home.nowSearch')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconTrophy size={16} />}>
                    <Anchor component={Link} to="/points">
                      {t('home.nowPoints')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconUser size={16} />}>
                    <Anchor component={Link} to="/profile">
                      {t('home.nowProfile')}
                    </Anchor>
                  </LinkItem>
                  <LinkItem icon={<IconLock size={16} />}>
                    <Anchor component={Link} to="/profile#password">
                      {t('home.nowPassword')}
                    </Anchor>
                  </LinkItem>
                  {isAdmin ? (
                    <LinkItem icon={<IconSettings size={16} />}>
                      <Anchor component={Link} to="/admin">
                        {t('home.nowAdmin')}
                      </Anchor>
                    </LinkItem>
                  ) : null}
                </List>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
