import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  ChallengeMetric,
  ChallengeScoring,
  ChallengeStandingFieldsFragment,
} from '../../../generated/graphql';
import { formatRank } from '../../leaderboards/lib/rank';
import { formatChallengeValue, progressPercent } from '../lib/challenge-format';

/** Per team/department: rank, value and a progress bar toward the target. */
export function ChallengeStandings(props: {
  standings: readonly ChallengeStandingFieldsFragment[];
  metric: ChallengeMetric;
  scoring: ChallengeScoring;
  target: number;
  /** Closed: the leader is the winner; while running, only leading. */
  closed: boolean;
  onlyMine?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const rows = props.onlyMine ? props.standings.filter((s) => s.isMine) : props.standings;
  if (rows.length === 0) return null;
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((standing) => {
        const name = standing.team?.name ?? standing.department?.name ?? '';
        const percent = progressPercent(standing.progress);
        return (
          <Stack
            key={standing.team?.id ?? standing.department?.id ?? name}
            gap={4}
            component="li"
            data-testid="challenge-standing"
            data-mine={standing.isMine ? 'true' : undefined}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={700} w={48}>
                  {formatRank(standing.rank, i18n.language)}
                </Text>
                <Text size="sm" fw={standing.isMine ? 700 : 500} truncate>
                  {name}
                </Text>
                {standing.isMine ? (
                  <Badge size="xs" variant="light" color="jade">
                    {t('challenges.mine')}
                  </Badge>
                ) : null}
                {standing.winner ? (
                  <Badge size="xs" color="yellow" leftSection={<IconTrophy size={12} />}>
                    {props.closed ? t('challenges.winner') : t('challenges.leading')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatChallengeValue(standing.value, props.metric, i18n.language)}
                {props.scoring === 'PER_HEAD' ? (
                  <Text span size="xs" c="dimmed" ml={4}>
                    {t('challenges.perHeadOf', { count: standing.headcount })}
                  </Text>
                ) : null}
              </Text>
            </Group>
            <Progress
              value={percent}
              color={standing.isMine ? 'jade' : 'blue'}
              size="md"
              radius="xl"
              aria-label={t('challenges.progressLabel', {
                name,
                percent,
                target: formatChallengeValue(props.target, props.metric, i18n.language),
              })}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
