import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/lib/api-error';
import type { LocatedFlag } from '../lib/content-flags';
import { ContentFlagList } from './ContentFlagList';

/**
 * Publishing was refused by the content check: fix the text (修正する) or confirm it is fine
 * and publish anyway (内容を確認して公開する), which the server records.
 */
export function ContentFlagsDialog(props: {
  opened: boolean;
  flags: readonly LocatedFlag[];
  /** The server's findings when the live check has none to show (e.g. not run yet). */
  serverError: ApiError | null;
  confirming: boolean;
  confirmLabel?: string;
  onFix: (flag?: LocatedFlag) => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const serverFields =
    props.serverError && props.serverError.kind === 'graphql' ? props.serverError.fields : [];
  return (
    <Modal
      opened={props.opened}
      onClose={() => props.onFix()}
      title={t('guideline.flags.dialogTitle')}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('guideline.flags.dialogBody')}</Text>
        {props.flags.length > 0 ? (
          <ContentFlagList flags={props.flags} onSelect={(flag) => props.onFix(flag)} compact />
        ) : (
          <Stack gap={4} data-testid="content-flags">
            {serverFields.map((field, index) => (
              <Text key={`${field.code}-${index}`} size="sm" data-testid="content-flag">
                {field.message}
              </Text>
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          {t('guideline.flags.recorded')}
        </Text>
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={() => props.onFix()}>
            {t('guideline.flags.fix')}
          </Button>
          <Button color="orange" loading={props.confirming} onClick={props.onConfirm}>
            {props.confirmLabel ?? t('guideline.flags.confirmPublish')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
