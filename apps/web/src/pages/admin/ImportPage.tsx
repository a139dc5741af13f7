import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportFormatGuide } from '../../features/members/components/ImportFormatGuide';
import { MemberImportPanel } from '../../features/members/components/MemberImportPanel';
import { PageHeader } from '../../shared/ui/PageHeader';

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <MemberImportPanel />
        <ImportFormatGuide />
      </SimpleGrid>
    </Stack>
  );
}
