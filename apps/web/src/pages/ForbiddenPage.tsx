import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A friendly 403: says why, and offers a way back. */
export function ForbiddenPage({ area }: { area: 'admin' | 'hr' | 'analytics' }) {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center" data-testid="forbidden">
        <ThemeIcon size={56} radius="xl" variant="light" color="gray" aria-hidden="true">
          <IconLock size={30} />
        </ThemeIcon>
        <Title order={1} fz={24}>
          {t('guard.forbiddenTitle')}
        </Title>
        <Text c="dimmed">
          {area === 'admin'
            ? t('guard.forbiddenAdmin')
            : area === 'analytics'
              ? t('guard.forbiddenAnalytics')
              : t('guard.forbiddenHr')}
        </Text>
        <Button component={Link} to="/" mt="sm">
          {t('app.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}
