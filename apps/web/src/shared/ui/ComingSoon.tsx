import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An honest placeholder: what this section will do, and no invented data. */
export function ComingSoon(props: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={760}>
      <Group gap="sm" align="center">
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {props.title}
        </Title>
        <Badge variant="light" color="yellow" size="lg" data-testid="coming-soon-badge">
          {t('comingSoon.badge')}
        </Badge>
      </Group>
      <Card withBorder padding="xl" radius="lg">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
            <IconHourglassHigh size={26} />
          </ThemeIcon>
          <Stack gap="xs">
            <Text c="dimmed" size="sm">
              {t('comingSoon.intro')}
            </Text>
            <Text size="md" data-testid="coming-soon-description">
              {props.description}
            </Text>
          </Stack>
        </Group>
      </Card>
    </Stack>
  );
}
