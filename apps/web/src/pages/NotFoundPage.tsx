import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text fz={56} fw={800} c="jade.2" aria-hidden="true" lh={1}>
          404
        </Text>
        <Title order={1} fz={24}>
          {t('guard.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('guard.notFoundBody')}</Text>
        <Button component={Link} to="/" mt="sm">
          {t('app.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}
