import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomBadgeForm } from '../../features/badges/components/CustomBadgeForm';
import { CustomBadgeList } from '../../features/badges/components/CustomBadgeList';
import { PageHeader } from '../../shared/ui/PageHeader';

/** Admin: the organization's own badges — create one, list those created. */
export function CustomBadgesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={860}>
      <PageHeader title={t('badges.custom.title')} description={t('badges.custom.intro')} />
      <Anchor component={Link} to="/admin/badges" size="sm">
        {t('badges.custom.awardLink')}
      </Anchor>
      <CustomBadgeForm />
      <CustomBadgeList />
    </Stack>
  );
}
