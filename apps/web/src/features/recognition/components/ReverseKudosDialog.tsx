import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReverseKudosDocument } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { withoutNode } from '../lib/feed-cache';

const FIELDS = ['reason'] as const;

/**
 * Admin: reverse a kudos with a reason (a reversal entry cancels its points). The server removes
 * it from the feed; here it leaves every cached feed list at once.
 */
export function ReverseKudosDialog(props: {
  opened: boolean;
  kudosId: string;
  feedItemId: string;
  summary: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reverse, { loading }] = useMutation(ReverseKudosDocument, {
    update(cache) {
      const itemRef = cache.identify({ __typename: 'FeedItem', id: props.feedItemId });
      cache.modify({
        fields: {
          feed(existing: unknown) {
            const connection = existing as { edges?: readonly { node: unknown }[] } | null;
            if (!connection?.edges) return existing;
            const edges = withoutNode(
              connection.edges,
              (node) => (node as { __ref?: string } | null)?.__ref === itemRef,
            );
            return edges === connection.edges ? existing : { ...connection, edges };
          },
        },
      });
      if (itemRef) cache.evict({ id: itemRef });
      cache.gc();
    },
  });
  const { byField, other } = splitFieldErrors(error, FIELDS);

  const close = () => {
    setReason('');
    setMissing(false);
    setError(null);
    props.onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const blank = reason.trim() === '';
    setMissing(blank);
    if (blank) return;
    void reverse({ variables: { id: props.kudosId, reason } })
      .then(() => {
        toast.show('success', t('recognition.reverse.done'));
        close();
      })
      .catch((caught: unknown) => setError(toApiError(caught)));
  };

  return (
    <Modal opened={props.opened} onClose={close} title={t('recognition.reverse.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('recognition.reverse.body')}</Text>
          <Text size="sm" fw={600}>
            {props.summary}
          </Text>
          <Textarea
            label={t('recognition.reverse.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            autosize
            minRows={2}
            maxLength={500}
            required
            data-autofocus
            error={
              missing
                ? t('fieldErrors.kudos.reasonRequired')
                : byField.reason
                  ? fieldText(byField.reason)
                  : undefined
            }
          />
          {error && (other.length > 0 || !byField.reason) ? (
            <ErrorAlert error={error} unplacedFields={other} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('recognition.reverse.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
