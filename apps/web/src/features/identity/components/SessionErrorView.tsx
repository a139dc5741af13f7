import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function SessionErrorView({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="md">
      <Stack maw={420} gap="md">
        <Alert
          color="red"
          variant="light"
          icon={<IconWifiOff size={18} />}
          role="alert"
          title={t('app.loadFailed')}
        >
          {t('errors.network')}
        </Alert>
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </Stack>
    </Center>
  );
}
