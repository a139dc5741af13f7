import { Card, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type BadgeProgressFieldsFragment, MyBadgesDocument } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import {
  highestEarned,
  nextTierText,
  percentToNext,
  sortBadgeProgress,
} from '../lib/badge-progress';
import { BadgeTierBadge } from './BadgeTierBadge';

function BadgeTile({ progress }: { progress: BadgeProgressFieldsFragment }) {
  const { t } = useTranslation();
  const best = highestEarned(progress.earned);
  const percent = percentToNext(progress);
  const hint =
    progress.message ??
    nextTierText(progress, {
      tier: (tier) => t(`badges.tierNames.${tier}`),
      earnIt: t('badges.earnIt'),
      sentence: (remaining, target) => t('badges.toNext', { remaining, target }),
    });
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      data-testid="badge-tile"
      data-badge={progress.badge.id}
      data-earned={best ? 'true' : 'false'}
      style={{ opacity: best ? 1 : 0.75 }}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <ThemeIcon
            variant={best ? 'filled' : 'light'}
            color={best ? 'yellow' : 'gray'}
            radius="xl"
            aria-hidden="true"
          >
            <IconAward size={18} />
          </ThemeIcon>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={700}>
              {progress.badge.name}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {progress.badge.description}
            </Text>
          </Stack>
        </Group>
        {progress.earned.length > 0 ? (
          <Group gap={4}>
            {progress.earned.map((earned) => (
              <BadgeTierBadge key={earned.id} tier={earned.tier} />
            ))}
          </Group>
        ) : null}
        {!progress.complete && percent !== null && !progress.badge.manualOnly ? (
          <Progress value={percent} size="sm" color="jade" aria-hidden="true" />
        ) : null}
        {hint ? (
          <Text size="xs" c="jade.8" fw={600} data-testid="badge-next">
            {hint}
          </Text>
        ) : progress.complete ? (
          <Text size="xs" c="dimmed">
            {t('badges.complete')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Profile: earned badges and the progress to the next tier of every badge. */
export function MyBadgesCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyBadgesDocument, { fetchPolicy: 'cache-and-network' });
  const items = sortBadgeProgress(data?.myBadges ?? []);
  const earnedCount = items.filter((item) => item.earned.length > 0).length;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="badges-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="lg" id="badges-heading">
            {t('badges.title')}
          </Title>
          {data ? (
            <Text size="sm" c="dimmed" data-testid="badges-earned-count">
              {t('badges.earnedCount', { earned: earnedCount, total: items.length })}
            </Text>
          ) : null}
        </Group>
        {error ? <ErrorAlert error={toApiError(error)} /> : null}
        {!data ? (
          error ? null : (
            <Text size="sm" c="dimmed" role="status">
              {t('app.loading')}
            </Text>
          )
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {items.map((progress) => (
              <BadgeTile key={progress.badge.id} progress={progress} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
