import { Card, Group, Stack, Text } from '@mantine/core';
import { IconUserStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeaderboardEntryFieldsFragment } from '../../../generated/graphql';
import { formatRank, rowName, topPercent } from '../lib/rank';

/** My own place, always: also outside the visible top and when hidden from the public board. */
export function MyRankCard(props: {
  me: LeaderboardEntryFieldsFragment | null;
  totalRanked: number;
  subjectLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const { me } = props;
  const percent = me ? topPercent(me.rank, props.totalRanked) : null;
  return (
    <Card withBorder radius="lg" padding="md" data-testid="my-rank">
      <Group gap="md" wrap="nowrap" align="center">
        <IconUserStar size={28} aria-hidden="true" color="var(--mantine-color-jade-7)" />
        {me ? (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('leaderboard.myRankLabel', { subject: props.subjectLabel })}
              {me.member ? null : ` · ${rowName(me)}`}
            </Text>
            <Text fw={700} fz="xl" data-testid="my-rank-value">
              {formatRank(me.rank, i18n.language)}
              <Text span size="sm" fw={400} c="dimmed" ml={6}>
                {t('leaderboard.ofTotal', { total: number.format(props.totalRanked) })}
                {percent !== null ? ` · ${t('leaderboard.topPercent', { percent })}` : ''}
              </Text>
            </Text>
            <Text size="sm">
              {t('leaderboard.pointsValue', { points: number.format(me.points) })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('leaderboard.noRank')}
          </Text>
        )}
      </Group>
    </Card>
  );
}
