import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  ChallengeStandingFieldsFragment,
  ChallengeSummaryFieldsFragment,
} from '../../../generated/graphql';
import { formatChallengePeriod, formatChallengeValue } from '../lib/challenge-format';
import { ChallengeStandings } from './ChallengeStandings';

export function ChallengeCard(props: {
  challenge: ChallengeSummaryFieldsFragment & {
    standings: readonly ChallengeStandingFieldsFragment[];
  };
}) {
  const { t, i18n } = useTranslation();
  const { challenge } = props;
  const mine = challenge.standings.some((standing) => standing.isMine);
  const winners = challenge.standings.filter((standing) => standing.winner);
  return (
    <Card withBorder radius="lg" padding="md" data-testid="challenge-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/challenges/${challenge.id}`} fw={700}>
            {challenge.title}
          </Anchor>
          <Badge variant="light">{t(`challenges.status.${challenge.status}`)}</Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {formatChallengePeriod(
            String(challenge.startsAt),
            String(challenge.endsAt),
            i18n.language,
          )}
          {' · '}
          {t(`challenges.metrics.${challenge.metric}`)}
          {' · '}
          {t('challenges.targetValue', {
            target: formatChallengeValue(challenge.target, challenge.metric, i18n.language),
          })}
          {challenge.scoring === 'PER_HEAD' ? ` · ${t('challenges.scoring.PER_HEAD')}` : ''}
        </Text>
        {challenge.status === 'CLOSED' && winners.length > 0 ? (
          <Text size="sm">
            {t('challenges.winners', {
              names: winners.map((w) => w.team?.name ?? w.department?.name ?? '').join('、'),
            })}
          </Text>
        ) : null}
        {challenge.status === 'ACTIVE' && mine ? (
          <ChallengeStandings
            standings={challenge.standings}
            metric={challenge.metric}
            scoring={challenge.scoring}
            target={challenge.target}
            closed={false}
            onlyMine
          />
        ) : null}
      </Stack>
    </Card>
  );
}
