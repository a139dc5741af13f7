import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  IconArchive,
  IconArrowBackUp,
  IconCircleCheck,
  IconEdit,
  IconSend,
  IconUserShare,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ArchiveKnowledgePostDocument,
  ConfirmKnowledgeReviewDocument,
  type KnowledgePostDetailFieldsFragment,
  PublishKnowledgePostDocument,
  UnpublishKnowledgePostDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { ContentFlagsDialog } from '../../guideline/components/ContentFlagsDialog';
import { isContentCheckError } from '../../guideline/lib/content-flags';
import { newIdempotencyKey } from '../lib/format';
import { TransferOwnerModal } from './TransferOwnerModal';

type Pending = 'unpublish' | 'archive' | null;

/** For the author, owner and admins: edit, publish state, review confirmation, owner change. */
export function KnowledgeOwnerActions(props: {
  post: KnowledgePostDetailFieldsFragment;
  viewerId: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { post } = props;
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [flagError, setFlagError] = useState<ApiError | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  const reviewKey = useRef<string | null>(null);
  const [publish, publishState] = useMutation(PublishKnowledgePostDocument);
  const [unpublish, unpublishState] = useMutation(UnpublishKnowledgePostDocument);
  const [archive, archiveState] = useMutation(ArchiveKnowledgePostDocument);
  const [confirmReview, reviewState] = useMutation(ConfirmKnowledgeReviewDocument);

  const attempt = async (action: () => Promise<unknown>, success: string) => {
    setError(null);
    try {
      await action();
      toast.show('success', success);
      return true;
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) setFlagError(apiError);
      else setError(apiError);
      return false;
    }
  };

  const doPublish = (confirmFlags: boolean) =>
    attempt(
      () => publish({ variables: { id: post.id, confirmFlags } }),
      t('knowledge.editor.published'),
    ).then((ok) => {
      if (ok) setFlagError(null);
    });

  // The owner reviews (anyone may when the owner has left); the server decides either way.
  const mayReview = post.owner.id === props.viewerId || !post.owner.active;

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="owner-actions-heading"
    >
      <Stack gap="xs">
        <Title order={2} fz="md" id="owner-actions-heading">
          {t('knowledge.actions.title')}
        </Title>
        {post.needsReview && mayReview ? (
          <Stack gap={6} p="sm" bg="orange.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Text size="sm">{t('knowledge.actions.reviewLead')}</Text>
            <Button
              color="orange"
              leftSection={<IconCircleCheck size={16} />}
              loading={reviewState.loading}
              onClick={() => {
                reviewKey.current ??= newIdempotencyKey();
                const idempotencyKey = reviewKey.current;
                void attempt(
                  () => confirmReview({ variables: { id: post.id, idempotencyKey } }),
                  t('knowledge.actions.reviewed'),
                ).then((ok) => {
                  if (ok) reviewKey.current = null;
                });
              }}
            >
              {t('knowledge.actions.confirmReview')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('knowledge.actions.reviewOrEdit')}
            </Text>
          </Stack>
        ) : null}
        <Button
          component={Link}
          to={`/knowledge/${post.id}/edit`}
          variant="light"
          leftSection={<IconEdit size={16} />}
          justify="flex-start"
        >
          {t('knowledge.actions.edit')}
        </Button>
        {post.status !== 'PUBLISHED' ? (
          <Button
            leftSection={<IconSend size={16} />}
            justify="flex-start"
            loading={publishState.loading}
            onClick={() => void doPublish(false)}
          >
            {post.status === 'ARCHIVED'
              ? t('knowledge.actions.republish')
              : t('knowledge.editor.publish')}
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            justify="flex-start"
            onClick={() => setPending('unpublish')}
          >
            {t('knowledge.actions.unpublish')}
          </Button>
        )}
        {post.status !== 'ARCHIVED' ? (
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            justify="flex-start"
            onClick={() => setPending('archive')}
          >
            {t('knowledge.actions.archive')}
          </Button>
        ) : null}
        <Button
          variant="default"
          leftSection={<IconUserShare size={16} />}
          justify="flex-start"
          onClick={() => setTransferOpen(true)}
        >
          {t('knowledge.actions.transferOwner')}
        </Button>
        <ErrorAlert error={error} />
      </Stack>

      <ConfirmDialog
        opened={pending !== null}
        title={
          pending === 'archive'
            ? t('knowledge.actions.archiveTitle')
            : t('knowledge.actions.unpublishTitle')
        }
        message={
          pending === 'archive'
            ? t('knowledge.actions.archiveBody')
            : t('knowledge.actions.unpublishBody')
        }
        confirmLabel={
          pending === 'archive' ? t('knowledge.actions.archive') : t('knowledge.actions.unpublish')
        }
        danger
        loading={unpublishState.loading || archiveState.loading}
        onConfirm={() => {
          const which = pending;
          void attempt(
            () =>
              which === 'archive'
                ? archive({ variables: { id: post.id } })
                : unpublish({ variables: { id: post.id } }),
            which === 'archive'
              ? t('knowledge.actions.archived')
              : t('knowledge.actions.unpublished'),
          ).then(() => setPending(null));
        }}
        onClose={() => setPending(null)}
      />
      <ContentFlagsDialog
        opened={flagError !== null}
        flags={[]}
        serverError={flagError}
        confirming={publishState.loading}
        onFix={() => {
          setFlagError(null);
          void navigate(`/knowledge/${post.id}/edit`);
        }}
        onConfirm={() => void doPublish(true)}
      />
      <TransferOwnerModal
        opened={transferOpen}
        postId={post.id}
        currentOwnerId={post.owner.id}
        onClose={() => setTransferOpen(false)}
      />
    </Card>
  );
}
