import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppealIssue,
  MyAppealsDocument,
  SubmitAppealDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { onlyPlacedErrors, splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import {
  APPEAL_ISSUES,
  MISSING_CREDIT_KINDS,
  entryAppealInput,
  missingCreditInput,
} from '../lib/appeal-form';
import { pointKindLabel } from './AppealCard';

export type DisputedEntry = { id: string; headline: string; points: string };

const FIELDS = ['entryId', 'issue', 'kind', 'sourceReference', 'occurredOn', 'reason'] as const;

/**
 * 異議申し立て: disputes one ledger entry (`entry`) or, without one, claims a missing credit.
 * Mount it with a `key` per subject so every opening starts empty.
 */
export function AppealFormModal(props: {
  opened: boolean;
  entry: DisputedEntry | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [issue, setIssue] = useState<AppealIssue>('WRONG_AMOUNT');
  const [kind, setKind] = useState<string | null>(null);
  const [sourceReference, setSourceReference] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [submit, submitState] = useMutation(SubmitAppealDocument, {
    refetchQueries: [{ query: MyAppealsDocument, variables: { first: 20 } }],
  });
  const split = splitFieldErrors(error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const found = split.byField[field];
    return found ? fieldText(found) : undefined;
  };

  const send = async () => {
    setError(null);
    const input = props.entry
      ? entryAppealInput({ entryId: props.entry.id, issue, reason })
      : missingCreditInput({ kind: kind ?? '', sourceReference, occurredOn, reason });
    try {
      await submit({ variables: { input } });
      toast.show('success', t('appeals.submitted'));
      props.onClose();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.entry ? t('appeals.disputeTitle') : t('appeals.missingTitle')}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {props.entry ? t('appeals.disputeIntro') : t('appeals.missingIntro')}
          </Text>
          {props.entry ? (
            <>
              <Text size="sm" fw={600}>
                {props.entry.headline} {props.entry.points}pt
              </Text>
              <Select
                label={t('appeals.issue')}
                data={APPEAL_ISSUES.map((value) => ({
                  value,
                  label: t(`appeals.issues.${value}`),
                }))}
                value={issue}
                onChange={(value) => value && setIssue(value as AppealIssue)}
                allowDeselect={false}
                error={errorOf('issue') ?? errorOf('entryId')}
              />
            </>
          ) : (
            <>
              <Select
                label={t('appeals.kind')}
                placeholder={t('appeals.kindPlaceholder')}
                data={MISSING_CREDIT_KINDS.map((value) => ({
                  value,
                  label: pointKindLabel(value, i18n.language),
                }))}
                value={kind}
                onChange={setKind}
                error={errorOf('kind')}
              />
              <TextInput
                label={t('appeals.sourceReference')}
                description={t('appeals.sourceReferenceHelp')}
                value={sourceReference}
                onChange={(event) => setSourceReference(event.currentTarget.value)}
                error={errorOf('sourceReference')}
              />
              <TextInput
                type="date"
                label={t('appeals.occurredOn')}
                value={occurredOn}
                onChange={(event) => setOccurredOn(event.currentTarget.value)}
                error={errorOf('occurredOn')}
                w={220}
              />
            </>
          )}
          <Textarea
            label={t('appeals.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorOf('reason')}
            autosize
            minRows={3}
            maxRows={8}
          />
          {error && !onlyPlacedErrors(error, split.other.length) ? (
            <ErrorAlert error={error} unplacedFields={split.other} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitState.loading}>
              {t('appeals.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
