import { Button, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useAcknowledgeGuideline } from '../hooks/useGuideline';

/** 「内容を確認しました」: records the acknowledgement of this version. */
export function AcknowledgeGuidelineButton(props: { version: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { acknowledge, loading, error } = useAcknowledgeGuideline();
  const submit = async () => {
    try {
      await acknowledge(props.version);
      toast.show('success', t('guideline.acknowledged'));
      props.onDone?.();
    } catch {
      // Shown below.
    }
  };
  return (
    <Stack gap="xs">
      {error ? <ErrorAlert error={toApiError(error)} /> : null}
      <Button
        leftSection={<IconCheck size={18} />}
        onClick={() => void submit()}
        loading={loading}
        size="md"
      >
        {t('guideline.acknowledge')}
      </Button>
    </Stack>
  );
}
