import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { KudosBudgetSettings } from '../../features/recognition/components/KudosBudgetSettings';
import { RecognitionValuesAdmin } from '../../features/recognition/components/RecognitionValuesAdmin';
import { RecognitionAdminSettingsDocument } from '../../generated/graphql';
import { toApiError } from '../../shared/lib/api-error';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';

/** Admin: the values kudos are given for, and each member's monthly kudos budget. */
export function RecognitionSettingsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(RecognitionAdminSettingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return error ? <ErrorAlert error={toApiError(error)} /> : <FullPageLoader />;
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={t('recognition.admin.title')} description={t('recognition.admin.intro')} />
      <KudosBudgetSettings
        key={data.recognitionSettings.monthlyKudosBudget}
        budget={data.recognitionSettings.monthlyKudosBudget}
      />
      <RecognitionValuesAdmin values={data.recognitionValues} />
    </Stack>
  );
}
