import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AwardBadgeForm } from '../../features/badges/components/AwardBadgeForm';
import { PageHeader } from '../../shared/ui/PageHeader';

/** Admin: award a badge manually with a reason. */
export function AwardBadgePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('badges.award.title')} description={t('badges.award.intro')} />
      <AwardBadgeForm />
    </Stack>
  );
}
