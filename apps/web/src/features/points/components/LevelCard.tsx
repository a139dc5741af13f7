import { Card, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MyPointsSummaryQuery } from '../../../generated/graphql';

type Level = MyPointsSummaryQuery['myPoints']['level'];

/** Current level, all-time points and the way to the next level (「あと40ptで中級者」). */
export function LevelCard(props: { level: Level; allTimePoints: number; allTimeLabel: string }) {
  const { t, i18n } = useTranslation();
  const { level } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = Math.round(Math.min(1, Math.max(0, level.progress)) * 100);
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      data-testid="level-card"
      style={{ background: 'linear-gradient(135deg, #e7f7f5 0%, #fdf6e3 100%)' }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={52} radius="xl" color="yellow" variant="filled" aria-hidden="true">
              <IconTrophy size={28} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text size="sm" c="dimmed" fw={500}>
                {t('points.level.heading')}
              </Text>
              <Title order={2} fz={{ base: 26, sm: 30 }} data-testid="level-name">
                {level.name}
              </Title>
            </Stack>
          </Group>
          <Stack gap={0} align="flex-end">
            <Text size="sm" c="dimmed" fw={500}>
              {props.allTimeLabel}
            </Text>
            <Text fz={{ base: 28, sm: 34 }} fw={800} lh={1.15} data-testid="all-time-points">
              {number.format(props.allTimePoints)}
              <Text span fz="md" fw={600} ml={4}>
                pt
              </Text>
            </Text>
          </Stack>
        </Group>
        <Stack gap={6}>
          <Progress
            value={level.nextName ? percent : 100}
            size="lg"
            radius="xl"
            color="jade"
            aria-label={
              level.nextName
                ? t('points.level.progressLabel', { next: level.nextName })
                : t('points.level.max')
            }
          />
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600} data-testid="level-next">
              {level.nextName && level.pointsToNext !== null
                ? t('points.level.toNext', {
                    points: number.format(level.pointsToNext),
                    next: level.nextName,
                  })
                : t('points.level.max')}
            </Text>
            {level.nextName ? (
              <Text size="xs" c="dimmed">
                {percent}%
              </Text>
            ) : null}
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
