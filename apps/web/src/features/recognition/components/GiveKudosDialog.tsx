import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconHeartHandshake } from '@tabler/icons-react';
import { KUDOS_MESSAGE_MAX_LENGTH } from '@chienowa/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GiveKudosDocument,
  MyKudosBudgetDocument,
  RecognitionValuesDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useCurrentMember } from '../../identity/hooks/useCurrentMember';
import { useKudosReceiverOptions } from '../hooks/useKudosReceiverOptions';
import { valueLabel } from '../lib/feed-item';
import {
  KUDOS_FORM_FIELDS,
  type KudosFormField,
  type LocalKudosErrorCode,
  budgetState,
  localKudosErrors,
} from '../lib/kudos-form';

/** 称賛を送る: pick a colleague and a value, write why; the monthly budget is shown. */
export function GiveKudosDialog(props: {
  opened: boolean;
  onClose: () => void;
  initialReceiver?: { id: string; displayName: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const session = useCurrentMember();
  const viewerId = session.status === 'signedIn' ? session.member.id : null;

  const [receiverId, setReceiverId] = useState<string | null>(props.initialReceiver?.id ?? null);
  const [search, setSearch] = useState('');
  const [valueId, setValueId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [localErrors, setLocalErrors] = useState<
    Partial<Record<KudosFormField, LocalKudosErrorCode>>
  >({});
  const [apiError, setApiError] = useState<ApiError | null>(null);

  const options = useKudosReceiverOptions(search, viewerId);
  const values = useQuery(RecognitionValuesDocument, { skip: !props.opened });
  const budget = useQuery(MyKudosBudgetDocument, {
    skip: !props.opened,
    fetchPolicy: 'cache-and-network',
  });
  const [give, { loading }] = useMutation(GiveKudosDocument, {
    refetchQueries: ['MyKudosBudget'],
  });

  const { remaining, exhausted } = budgetState(budget.data?.myKudosBudget ?? null);
  const split = splitFieldErrors(apiError, KUDOS_FORM_FIELDS);
  const errorFor = (field: KudosFormField): string | undefined => {
    const local = localErrors[field];
    if (local) return t(`fieldErrors.${local}`);
    const remote = split.byField[field];
    return remote ? fieldText(remote) : undefined;
  };

  const reset = () => {
    setReceiverId(props.initialReceiver?.id ?? null);
    setSearch('');
    setValueId(null);
    setMessage('');
    setLocalErrors({});
    setApiError(null);
  };
  const close = () => {
    reset();
    props.onClose();
  };

  const receiverData = options.members.map((member) => ({
    value: member.id,
    label: member.department
      ? `${member.displayName}（${member.department.name}）`
      : member.displayName,
  }));
  if (props.initialReceiver && !receiverData.some((o) => o.value === props.initialReceiver?.id)) {
    receiverData.unshift({
      value: props.initialReceiver.id,
      label: props.initialReceiver.displayName,
    });
  }

  const submit = async () => {
    const errors = localKudosErrors({ receiverId, valueId, message });
    setLocalErrors(errors);
    setApiError(null);
    if (Object.keys(errors).length > 0 || !receiverId || !valueId) return;
    try {
      const result = await give({
        variables: {
          input: { receiverId, valueId, message, idempotencyKey: crypto.randomUUID() },
        },
      });
      const receiver = result.data?.giveKudos.receiver.displayName ?? '';
      toast.show('success', t('recognition.kudos.sent', { name: receiver }));
      close();
    } catch (caught) {
      setApiError(toApiError(caught));
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={
        <Group gap="xs">
          <IconHeartHandshake size={20} aria-hidden="true" />
          <Text fw={700}>{t('recognition.kudos.title')}</Text>
        </Group>
      }
      centered
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm" data-testid="kudos-budget">
            {remaining === null
              ? t('app.loading')
              : t('recognition.kudos.remaining', {
                  remaining,
                  budget: budget.data?.myKudosBudget.budget ?? 0,
                })}
          </Text>
          {exhausted ? (
            <Alert color="yellow" variant="light">
              {t('recognition.kudos.exhausted')}
            </Alert>
          ) : null}
          <Select
            label={t('recognition.kudos.receiver')}
            placeholder={t('recognition.kudos.receiverPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={receiverData}
            value={receiverId}
            onChange={setReceiverId}
            filter={({ options: list }) => list}
            nothingFoundMessage={
              options.loading ? t('app.loading') : t('recognition.kudos.noMembers')
            }
            error={errorFor('receiverId')}
            required
            data-testid="kudos-receiver"
          />
          <Select
            label={t('recognition.kudos.value')}
            placeholder={t('recognition.kudos.valuePlaceholder')}
            data={(values.data?.recognitionValues ?? []).map((value) => ({
              value: value.id,
              label: valueLabel(
                { valueLabel: value.label, valueLabelEn: value.labelEn },
                i18n.language,
              ),
            }))}
            value={valueId}
            onChange={setValueId}
            error={errorFor('valueId')}
            required
            data-testid="kudos-value"
          />
          <Textarea
            label={t('recognition.kudos.message')}
            placeholder={t('recognition.kudos.messagePlaceholder')}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={KUDOS_MESSAGE_MAX_LENGTH}
            description={t('recognition.kudos.messageHint', { max: KUDOS_MESSAGE_MAX_LENGTH })}
            error={errorFor('message')}
            required
          />
          {apiError &&
          (split.other.length > 0 ||
            apiError.kind !== 'graphql' ||
            apiError.fields.length === 0) ? (
            <ErrorAlert error={apiError} unplacedFields={split.other} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="pink" loading={loading} disabled={exhausted}>
              {t('recognition.kudos.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
