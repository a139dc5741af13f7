import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrganizationSettingsForm } from '../../features/organization/components/OrganizationSettingsForm';
import { OrganizationSettingsDocument } from '../../generated/graphql';
import { toApiError } from '../../shared/lib/api-error';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';

export function OrganizationPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(OrganizationSettingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="lg">
      <PageHeader title={t('organization.title')} description={t('organization.intro')} />
      {data ? (
        <OrganizationSettingsForm key={data.organization.id} organization={data.organization} />
      ) : error ? (
        <ErrorAlert error={toApiError(error)} />
      ) : (
        <FullPageLoader />
      )}
    </Stack>
  );
}
