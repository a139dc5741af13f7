import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { formatOccurredAt } from '../../points/lib/point-history';
import { useNotifications } from '../hooks/useNotifications';
import { formatUnreadCount } from '../lib/notification-count';
import { describeNotification } from '../lib/notification-text';

function NotificationRow(props: {
  notification: NotificationFieldsFragment;
  onOpen: (notification: NotificationFieldsFragment, href: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { notification } = props;
  const text = describeNotification(notification, i18n.language);
  // Keys are built from a closed union, checked by the locale test.
  const sentence = (t as unknown as (key: string, values: object) => string)(
    `notifications.items.${text.key}`,
    text.values,
  );
  return (
    <UnstyledButton
      onClick={() => props.onOpen(notification, text.href)}
      px="sm"
      py={8}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: notification.read ? undefined : 'var(--mantine-color-jade-0)',
      }}
      data-testid="notification"
      data-read={notification.read ? 'true' : 'false'}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text
          span
          aria-hidden="true"
          c={notification.read ? 'transparent' : 'jade.6'}
          fz={10}
          mt={4}
        >
          ●
        </Text>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" lh={1.5} fw={notification.read ? 400 : 600}>
            {sentence}
            {notification.read ? null : (
              <VisuallyHidden>{t('notifications.unread')}</VisuallyHidden>
            )}
          </Text>
          {notification.kudos ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {notification.kudos.message}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {formatOccurredAt(String(notification.createdAt), i18n.language)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/** ヘッダーのベル: unread count, the latest notifications, mark read / all read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const bell = useNotifications(opened);
  const label = formatUnreadCount(bell.unread);

  const open = (notification: NotificationFieldsFragment, href: string | null) => {
    if (!notification.read) void bell.markRead(notification.id).catch(() => undefined);
    setOpened(false);
    if (href) void navigate(href);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={label}
          disabled={!label}
          size={18}
          offset={6}
          color="red"
          data-testid="notification-count"
          data-count={bell.unread}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((value) => !value)}
            aria-label={
              bell.unread > 0
                ? t('notifications.bellWithCount', { count: bell.unread })
                : t('notifications.bell')
            }
            aria-expanded={opened}
            aria-haspopup="dialog"
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label={t('notifications.title')} role="dialog">
        <Group justify="space-between" px="xs" pb={6}>
          <Text fw={700} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={bell.unread === 0}
            loading={bell.markingAll}
            onClick={() => void bell.markAllRead().catch(() => undefined)}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Divider />
        {bell.error ? <ErrorAlert error={toApiError(bell.error)} /> : null}
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap={2} pt={6} data-testid="notification-list">
            {!bell.loaded ? (
              <Text size="sm" c="dimmed" p="sm" role="status">
                {t('app.loading')}
              </Text>
            ) : bell.notifications.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {t('notifications.empty')}
              </Text>
            ) : (
              bell.notifications.map((notification) => (
                <NotificationRow key={notification.id} notification={notification} onOpen={open} />
              ))
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
