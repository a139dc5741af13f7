import {
  ActionIcon,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconMessageCircle, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddKnowledgeCommentDocument,
  DeleteKnowledgeCommentDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useKnowledgeComments } from '../hooks/useKnowledgeComments';
import { formatDateTime } from '../lib/format';

const MAX_COMMENT_LENGTH = 4000;

/** Comments: read them all, add one (published posts), delete one's own. */
export function KnowledgeComments(props: { postId: string; canComment: boolean }) {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  const list = useKnowledgeComments(props.postId);
  const [body, setBody] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [add, { loading: adding }] = useMutation(AddKnowledgeCommentDocument);
  const [remove, { loading: removing }] = useMutation(DeleteKnowledgeCommentDocument);
  const { byField, other } = splitFieldErrors(addError, ['body']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setAddError(null);
    try {
      await add({ variables: { postId: props.postId, body } });
      setBody('');
      await list.refetch();
    } catch (caught) {
      setAddError(toApiError(caught));
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await remove({ variables: { id: deleting } });
      setDeleting(null);
      await list.refetch();
    } catch (caught) {
      setDeleteError(toApiError(caught));
    }
  };

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="comments-heading"
    >
      <Stack gap="md">
        <Group gap="xs">
          <IconMessageCircle size={20} aria-hidden="true" />
          <Title order={2} fz="lg" id="comments-heading">
            {t('knowledge.comments.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {list.comments.length > 0 ? `(${list.comments.length})` : null}
          </Text>
        </Group>

        {list.error ? <ErrorAlert error={toApiError(list.error)} /> : null}
        {!list.loaded ? (
          list.error ? null : (
            <Loader size="sm" aria-label={t('app.loading')} />
          )
        ) : list.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('knowledge.comments.empty')}
          </Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.comments.map((comment) => (
              <li key={comment.id} data-testid="knowledge-comment">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {comment.author.displayName}
                      </Text>
                      <Text
                        size="xs"
                        c="dimmed"
                        component="time"
                        dateTime={String(comment.createdAt)}
                      >
                        {formatDateTime(comment.createdAt, i18n.language)}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {comment.body}
                    </Text>
                  </Stack>
                  {comment.canDelete ? (
                    <Tooltip label={t('knowledge.comments.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('knowledge.comments.delete')}
                        onClick={() => {
                          setDeleteError(null);
                          setDeleting(comment.id);
                        }}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {list.hasNextPage ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void list.loadMore()}
            loading={list.loadingMore}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('knowledge.comments.loadMore')}
          </Button>
        ) : null}

        {props.canComment ? (
          <form onSubmit={(event) => void submit(event)}>
            <Stack gap="xs">
              <Textarea
                label={t('knowledge.comments.add')}
                placeholder={t('knowledge.comments.placeholder')}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={MAX_COMMENT_LENGTH}
                error={
                  byField.body
                    ? fieldText(byField.body, {
                        max: MAX_COMMENT_LENGTH.toLocaleString(i18n.language),
                      })
                    : undefined
                }
              />
              <ErrorAlert error={byField.body ? null : addError} unplacedFields={other} />
              <Group justify="flex-end">
                <Button type="submit" loading={adding} disabled={!body.trim()}>
                  {t('knowledge.comments.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="xs" c="dimmed">
            {t('knowledge.comments.onlyPublished')}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('knowledge.comments.deleteTitle')}
        message={t('knowledge.comments.deleteBody')}
        confirmLabel={t('common.delete')}
        danger
        loading={removing}
        error={<ErrorAlert error={deleteError} />}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Card>
  );
}
