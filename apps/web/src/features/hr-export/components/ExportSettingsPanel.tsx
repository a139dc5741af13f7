import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HrExportSettingsDocument,
  UpdateHrExportSettingsDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';

/** 設定: whether managers may export their own departments (off by default). */
export function ExportSettingsPanel() {
  const { t } = useTranslation();
  const toast = useToast();
  const settings = useQuery(HrExportSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [update, updateState] = useMutation(UpdateHrExportSettingsDocument, {
    refetchQueries: [{ query: HrExportSettingsDocument }],
  });
  const [error, setError] = useState<ApiError | null>(null);
  const value = settings.data?.hrExportSettings.managersMayExport ?? false;

  const change = async (managersMayExport: boolean) => {
    setError(null);
    try {
      await update({ variables: { managersMayExport } });
      toast.show('success', t('common.saved'));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('hr.settings.title')}
        </Title>
        {settings.error ? <ErrorAlert error={toApiError(settings.error)} /> : null}
        <Switch
          label={t('hr.settings.managersMayExport')}
          description={t('hr.settings.managersMayExportHelp')}
          checked={value}
          disabled={!settings.data || updateState.loading}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          {t('hr.settings.auditNote')}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Card>
  );
}
