import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ChallengeForm } from '../features/challenges/components/ChallengeForm';
import { participatingUnitIds, toFormDays } from '../features/challenges/lib/challenge-format';
import { ChallengeDocument } from '../generated/graphql';
import { hasErrorCode, toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';
import { NotFoundPage } from './NotFoundPage';

/** チャレンジを作成 (admins and ambassadors). */
export function ChallengeEditorPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={860}>
      <PageHeader title={t('challenges.form.heading')} description={t('challenges.form.intro')} />
      <ChallengeForm />
    </Stack>
  );
}

/** チャレンジを編集: the create form, filled in, while the challenge has not started. */
export function EditChallengePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useQuery(ChallengeDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  const challenge = data?.challenge;
  if (!challenge) return error ? <ErrorAlert error={toApiError(error)} /> : <FullPageLoader />;
  const days = toFormDays(String(challenge.startsAt), String(challenge.endsAt));
  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={`/challenges/${challenge.id}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden="true" />
          {challenge.title}
        </Group>
      </Anchor>
      <PageHeader
        title={t('challenges.form.editHeading')}
        description={t('challenges.form.editIntro')}
      />
      {challenge.canEdit ? (
        <ChallengeForm
          initial={{
            id: challenge.id,
            title: challenge.title,
            description: challenge.description,
            metric: challenge.metric,
            target: challenge.target,
            unitType: challenge.unitType,
            unitIds: participatingUnitIds(challenge.standings),
            startDay: days.startDay,
            lastDay: days.lastDay,
            scoring: challenge.scoring,
            winnerPoints: challenge.winnerPoints,
          }}
        />
      ) : (
        <Alert color="yellow" variant="light" role="status">
          {t('challenges.form.notEditable')}
        </Alert>
      )}
    </Stack>
  );
}
