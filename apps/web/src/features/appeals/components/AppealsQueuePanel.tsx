import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppealDecision,
  type AppealFieldsFragment,
  type AppealStatus,
  AppealsDocument,
  ResolveAppealDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { onlyPlacedErrors, splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useAppealList } from '../hooks/useAppealList';
import { APPEAL_DECISIONS, APPEAL_STATUSES, resolveAppealInput } from '../lib/appeal-form';
import { AppealCard } from './AppealCard';

type StatusFilter = AppealStatus | 'ALL';

function ResolveAppealModal(props: { appeal: AppealFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [outcome, setOutcome] = useState<AppealDecision>(
    props.appeal.subjectType === 'ENTRY' ? 'REVERSE' : 'COMPENSATE',
  );
  const [points, setPoints] = useState<string | number>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [resolve, resolveState] = useMutation(ResolveAppealDocument, {
    refetchQueries: [AppealsDocument],
  });
  const split = splitFieldErrors(error, ['outcome', 'points', 'reason'] as const);
  const errorOf = (field: 'outcome' | 'points' | 'reason') => {
    const found = split.byField[field];
    return found ? fieldText(found) : undefined;
  };
  const decisions = APPEAL_DECISIONS.filter(
    (decision) => decision !== 'REVERSE' || props.appeal.subjectType === 'ENTRY',
  );

  const send = async () => {
    setError(null);
    try {
      await resolve({
        variables: {
          input: resolveAppealInput({ id: props.appeal.id, outcome, points, reason }),
        },
      });
      toast.show('success', t('appeals.resolved'));
      props.onClose();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={t('appeals.resolveTitle')} centered size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {props.appeal.memberName}
          </Text>
          <Radio.Group
            label={t('appeals.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(value as AppealDecision)}
            error={errorOf('outcome')}
          >
            <Stack gap={6} mt={6}>
              {decisions.map((decision) => (
                <Radio
                  key={decision}
                  value={decision}
                  label={t(`appeals.decisions.${decision}`)}
                  description={t(`appeals.decisionHelp.${decision}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {outcome === 'COMPENSATE' ? (
            <NumberInput
              label={t('appeals.points')}
              description={t('appeals.pointsHelp')}
              value={points}
              onChange={setPoints}
              allowDecimal={false}
              min={-1000}
              max={1000}
              error={errorOf('points')}
              w={220}
            />
          ) : null}
          <Textarea
            label={t('appeals.resolutionReason')}
            description={t('appeals.resolutionReasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorOf('reason')}
            autosize
            minRows={3}
          />
          {error && !onlyPlacedErrors(error, split.other.length) ? (
            <ErrorAlert error={error} unplacedFields={split.other} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={resolveState.loading}>
              {t('appeals.resolve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** 異議申し立て (HR): the queue, open first; resolve with an outcome and a reason. */
export function AppealsQueuePanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('OPEN');
  const [resolving, setResolving] = useState<AppealFieldsFragment | null>(null);
  const appeals = useAppealList(AppealsDocument, 'appeals', {
    status: status === 'ALL' ? null : status,
    first: 30,
  });

  return (
    <Stack gap="md">
      <SegmentedControl
        value={status}
        onChange={(value) => setStatus(value as StatusFilter)}
        data={[
          ...APPEAL_STATUSES.map((value) => ({ value, label: t(`appeals.statuses.${value}`) })),
          { value: 'ALL', label: t('appeals.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {appeals.error ? <ErrorAlert error={toApiError(appeals.error)} /> : null}
      {appeals.loaded && appeals.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('appeals.queueEmpty')}
        </Text>
      ) : null}
      {appeals.nodes.map((appeal) => (
        <AppealCard
          key={appeal.id}
          appeal={appeal}
          showMember
          actions={
            appeal.status === 'OPEN' ? (
              <Button size="xs" onClick={() => setResolving(appeal)}>
                {t('appeals.resolve')}
              </Button>
            ) : null
          }
        />
      ))}
      {appeals.hasNextPage ? (
        <Button
          variant="light"
          onClick={() => void appeals.loadMore()}
          loading={appeals.loadingMore}
          style={{ alignSelf: 'center' }}
        >
          {t('appeals.loadMore')}
        </Button>
      ) : null}
      {resolving ? (
        <ResolveAppealModal
          key={resolving.id}
          appeal={resolving}
          onClose={() => setResolving(null)}
        />
      ) : null}
    </Stack>
  );
}
