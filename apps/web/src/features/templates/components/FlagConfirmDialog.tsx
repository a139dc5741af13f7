import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/lib/api-error';
import type { FieldFlag } from '../lib/content-areas';
import { FieldFlagList } from './FieldFlagList';

/**
 * Publishing (or submitting) was refused by the content check: fix the text (修正する) or
 * confirm it is fine and go ahead (内容を確認して公開する); the API records the confirmation.
 */
export function FlagConfirmDialog<F extends string>(props: {
  opened: boolean;
  flags: readonly FieldFlag<F>[];
  fieldLabel: (field: F) => string;
  /** The API's findings, listed when the live check has none to show (not run yet). */
  serverError: ApiError | null;
  confirming: boolean;
  confirmLabel: string;
  onFix: (flag?: FieldFlag<F>) => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const serverFields =
    props.serverError && props.serverError.kind === 'graphql' ? props.serverError.fields : [];
  return (
    <Modal
      opened={props.opened}
      onClose={() => props.onFix()}
      title={t('templates.flags.dialogTitle')}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('templates.flags.dialogBody')}</Text>
        {props.flags.length > 0 ? (
          <FieldFlagList
            flags={props.flags}
            fieldLabel={props.fieldLabel}
            onSelect={(flag) => props.onFix(flag)}
            compact
          />
        ) : (
          <List size="sm" data-testid="content-flags">
            {serverFields.map((field, index) => (
              <List.Item key={`${field.code}-${index}`} data-testid="content-flag">
                {field.message}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          {t('templates.flags.recorded')}
        </Text>
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={() => props.onFix()}>
            {t('templates.flags.fix')}
          </Button>
          <Button color="orange" loading={props.confirming} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
