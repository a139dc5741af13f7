import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type TemporaryPassword = { name: string; email: string; password: string };

/** Shown exactly once: the server never returns this password again. */
export function TemporaryPasswordModal(props: {
  value: TemporaryPassword | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <Modal
      opened={value !== null}
      onClose={props.onClose}
      title={t('members.temporaryPasswordTitle')}
      centered
      closeOnClickOutside={false}
    >
      {value ? (
        <Stack gap="md">
          <Text size="sm">
            {t('members.temporaryPasswordFor', { name: value.name, email: value.email })}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Code
              block
              fz="lg"
              data-testid="temporary-password"
              style={{ flexGrow: 1, letterSpacing: '0.08em', userSelect: 'all' }}
            >
              {value.password}
            </Code>
            <CopyButton value={value.password}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  aria-label={t('members.copyPassword')}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('members.temporaryPasswordWarning')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={props.onClose}>{t('members.temporaryPasswordAck')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
