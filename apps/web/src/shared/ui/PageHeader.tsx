import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {props.title}
        </Title>
        {props.description ? (
          <Text c="dimmed" size="sm" maw={720}>
            {props.description}
          </Text>
        ) : null}
      </Stack>
      {props.actions ? <Group gap="sm">{props.actions}</Group> : null}
    </Group>
  );
}
