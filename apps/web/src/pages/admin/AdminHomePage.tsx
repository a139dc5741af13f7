import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAward,
  IconBuildingCommunity,
  IconCategory,
  IconFileSpreadsheet,
  IconHeartHandshake,
  IconRosette,
  IconScale,
  IconSettings,
  IconShieldCheck,
  IconTargetArrow,
  IconTrophy,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';

function AdminCard(props: { to: string; title: string; description: string; icon: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={40} radius="md" aria-hidden="true">
            {props.icon}
          </ThemeIcon>
          <Title order={2} fz="lg">
            {props.title}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" style={{ flexGrow: 1 }}>
          {props.description}
        </Text>
        <Button component={Link} to={props.to} variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('admin.open')}
          <VisuallyHidden>: {props.title}</VisuallyHidden>
        </Button>
      </Stack>
    </Card>
  );
}

export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader title={t('admin.title')} description={t('admin.intro')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <AdminCard
          to="/admin/members"
          title={t('nav.adminMembers')}
          description={t('admin.membersDescription')}
          icon={<IconUsers size={22} />}
        />
        <AdminCard
          to="/admin/structure"
          title={t('nav.adminStructure')}
          description={t('admin.structureDescription')}
          icon={<IconBuildingCommunity size={22} />}
        />
        <AdminCard
          to="/admin/import"
          title={t('nav.adminImport')}
          description={t('admin.importDescription')}
          icon={<IconFileSpreadsheet size={22} />}
        />
        <AdminCard
          to="/admin/points"
          title={t('nav.adminPointRules')}
          description={t('admin.pointRulesDescription')}
          icon={<IconScale size={22} />}
        />
        <AdminCard
          to="/admin/template-categories"
          title={t('templates.categories.title')}
          description={t('templates.categories.adminCardDescription')}
          icon={<IconCategory size={22} />}
        />
        <AdminCard
          to="/admin/organization"
          title={t('nav.adminOrganization')}
          description={t('admin.organizationDescription')}
          icon={<IconSettings size={22} />}
        />
        <AdminCard
          to="/admin/guideline"
          title={t('guideline.admin.title')}
          description={t('guideline.admin.cardDescription')}
          icon={<IconShieldCheck size={22} />}
        />
        <AdminCard
          to="/admin/recognition"
          title={t('nav.adminRecognition')}
          description={t('admin.recognitionDescription')}
          icon={<IconHeartHandshake size={22} />}
        />
        <AdminCard
          to="/admin/custom-badges"
          title={t('nav.adminCustomBadges')}
          description={t('admin.customBadgesDescription')}
          icon={<IconAward size={22} />}
        />
        <AdminCard
          to="/admin/badges"
          title={t('nav.adminBadges')}
          description={t('admin.awardBadgeDescription')}
          icon={<IconRosette size={22} />}
        />
        <AdminCard
          to="/challenges"
          title={t('nav.challenges')}
          description={t('admin.challengesDescription')}
          icon={<IconTargetArrow size={22} />}
        />
        <AdminCard
          to="/admin/leaderboard"
          title={t('nav.adminLeaderboard')}
          description={t('admin.leaderboardDescription')}
          icon={<IconTrophy size={22} />}
        />
      </SimpleGrid>
    </Stack>
  );
}
