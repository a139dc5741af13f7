import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DepartmentsPanel } from '../../features/structure/components/DepartmentsPanel';
import { TeamsPanel } from '../../features/structure/components/TeamsPanel';
import { useStructure } from '../../features/structure/hooks/useStructure';
import { toApiError } from '../../shared/lib/api-error';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';

export function StructurePage() {
  const { t } = useTranslation();
  const structure = useStructure();
  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('structure.title')} description={t('structure.intro')} />
      {structure.loaded ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <DepartmentsPanel departments={structure.departments} />
          <TeamsPanel teams={structure.teams} departments={structure.departments} />
        </SimpleGrid>
      ) : structure.error ? (
        <ErrorAlert error={toApiError(structure.error)} />
      ) : (
        <FullPageLoader />
      )}
    </Stack>
  );
}
