import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ChallengeStandings } from '../features/challenges/components/ChallengeStandings';
import {
  formatChallengePeriod,
  formatChallengeValue,
} from '../features/challenges/lib/challenge-format';
import { CancelChallengeDocument, ChallengeDocument } from '../generated/graphql';
import { hasErrorCode, toApiError } from '../shared/lib/api-error';
import { ConfirmDialog } from '../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';
import { useToast } from '../shared/ui/Toasts';
import { NotFoundPage } from './NotFoundPage';

/** One challenge: what counts, the period, and the standings with progress bars. */
export function ChallengeDetailPage() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { id = '' } = useParams();
  const [confirming, setConfirming] = useState(false);
  const { data, error } = useQuery(ChallengeDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    // Standings move with every contribution while the challenge runs.
    pollInterval: 30_000,
  });
  const [cancel, cancelling] = useMutation(CancelChallengeDocument, {
    refetchQueries: ['Challenges', 'Challenge'],
  });

  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const challenge = data?.challenge;
  if (!challenge) return error ? <ErrorAlert error={toApiError(error)} /> : <FullPageLoader />;
  const target = formatChallengeValue(challenge.target, challenge.metric, i18n.language);

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/challenges" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden="true" />
          {t('challenges.backToList')}
        </Group>
      </Anchor>
      <PageHeader
        title={challenge.title}
        description={challenge.description || undefined}
        actions={
          challenge.canEdit || challenge.canCancel ? (
            <Group gap="xs">
              {challenge.canEdit ? (
                <Button
                  component={Link}
                  to={`/challenges/${challenge.id}/edit`}
                  variant="light"
                  leftSection={<IconPencil size={16} aria-hidden="true" />}
                >
                  {t('challenges.edit')}
                </Button>
              ) : null}
              {challenge.canCancel ? (
                <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                  {t('challenges.cancel')}
                </Button>
              ) : null}
            </Group>
          ) : null
        }
      />
      <Card withBorder radius="lg" padding="lg">
        <Group gap="lg" wrap="wrap">
          <Badge variant="light" size="lg">
            {t(`challenges.status.${challenge.status}`)}
          </Badge>
          <Text size="sm">
            {formatChallengePeriod(
              String(challenge.startsAt),
              String(challenge.endsAt),
              i18n.language,
            )}
          </Text>
          <Text size="sm">{t(`challenges.metrics.${challenge.metric}`)}</Text>
          <Text size="sm">{t('challenges.targetValue', { target })}</Text>
          <Text size="sm">{t(`challenges.scoring.${challenge.scoring}`)}</Text>
          {challenge.winnerPoints > 0 ? (
            <Text size="sm">
              {t('challenges.winnerPointsValue', { points: challenge.winnerPoints })}
            </Text>
          ) : null}
        </Group>
      </Card>
      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-labelledby="standings-heading"
      >
        <Stack gap="md">
          <Title order={2} fz="lg" id="standings-heading">
            {challenge.status === 'CLOSED'
              ? t('challenges.finalStandings')
              : t('challenges.standings')}
          </Title>
          {challenge.standings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('challenges.noStandings')}
            </Text>
          ) : (
            <ChallengeStandings
              standings={challenge.standings}
              metric={challenge.metric}
              scoring={challenge.scoring}
              target={challenge.target}
              closed={challenge.status === 'CLOSED'}
            />
          )}
        </Stack>
      </Card>
      <ConfirmDialog
        opened={confirming}
        title={t('challenges.cancelTitle')}
        message={t('challenges.cancelConfirm', { title: challenge.title })}
        confirmLabel={t('challenges.cancel')}
        danger
        loading={cancelling.loading}
        error={cancelling.error ? <ErrorAlert error={toApiError(cancelling.error)} /> : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          void cancel({ variables: { id: challenge.id } })
            .then(() => {
              setConfirming(false);
              toast.show('success', t('challenges.cancelled'));
            })
            .catch(() => undefined)
        }
      />
    </Stack>
  );
}
