import { Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconPencil,
  IconPlayerStop,
  IconSend,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ApproveSuccessStoryDocument,
  ReturnSuccessStoryDocument,
  type StoryDetailFieldsFragment,
  SubmitSuccessStoryDocument,
  WithdrawSuccessStoryDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useToast } from '../../../shared/ui/Toasts';
import { isContentCheckError } from '../../guideline/lib/content-flags';
import { FlagConfirmDialog } from '../../templates/components/FlagConfirmDialog';
import { LocalErrorAlert } from '../../templates/components/LocalErrorAlert';
import { useLocalFieldText } from '../../templates/hooks/useLocalFieldText';

const COMMENT_MAX = 2000;

/** The author's actions: edit (draft/returned), submit or resubmit, withdraw (submitted). */
export function StoryAuthorActions({ story }: { story: StoryDetailFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [submit, submitState] = useMutation(SubmitSuccessStoryDocument);
  const [withdraw, withdrawState] = useMutation(WithdrawSuccessStoryDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [flagError, setFlagError] = useState<ApiError | null>(null);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const id = encodeURIComponent(story.id);

  const doSubmit = async (confirmFlags: boolean) => {
    setError(null);
    try {
      await submit({ variables: { id: story.id, confirmFlags } });
      setFlagError(null);
      toast.show('success', t('stories.form.submitted'));
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) setFlagError(apiError);
      else {
        setFlagError(null);
        setError(apiError);
      }
    }
  };

  const doWithdraw = async () => {
    setError(null);
    try {
      await withdraw({ variables: { id: story.id } });
      setWithdrawOpen(false);
      toast.show('success', t('stories.detail.withdrawn'));
    } catch (caught) {
      setWithdrawOpen(false);
      setError(toApiError(caught));
    }
  };

  const canSubmit = story.status === 'DRAFT' || story.status === 'RETURNED';
  if (!story.canEdit && story.status !== 'SUBMITTED') return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {story.canEdit ? (
          <Button
            component={Link}
            to={`/stories/${id}/edit`}
            variant="default"
            leftSection={<IconPencil size={16} />}
          >
            {t('stories.detail.edit')}
          </Button>
        ) : null}
        {canSubmit ? (
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => void doSubmit(false)}
            loading={submitState.loading && !flagError}
            data-testid="story-detail-submit"
          >
            {story.status === 'RETURNED' ? t('stories.form.resubmit') : t('stories.form.submit')}
          </Button>
        ) : null}
        {story.status === 'SUBMITTED' ? (
          <Button
            variant="light"
            color="gray"
            leftSection={<IconPlayerStop size={16} />}
            onClick={() => setWithdrawOpen(true)}
          >
            {t('stories.detail.withdraw')}
          </Button>
        ) : null}
      </Group>
      <LocalErrorAlert error={error} section="stories" />
      <ConfirmDialog
        opened={withdrawOpen}
        title={t('stories.detail.withdrawTitle')}
        message={t('stories.detail.withdrawBody')}
        confirmLabel={t('stories.detail.withdraw')}
        loading={withdrawState.loading}
        onConfirm={() => void doWithdraw()}
        onClose={() => setWithdrawOpen(false)}
      />
      <FlagConfirmDialog
        opened={flagError !== null}
        flags={[]}
        fieldLabel={() => ''}
        serverError={flagError}
        confirming={submitState.loading}
        confirmLabel={t('stories.form.confirmSubmit')}
        onFix={() => {
          setFlagError(null);
          void navigate(`/stories/${id}/edit`);
        }}
        onConfirm={() => void doSubmit(true)}
      />
    </Stack>
  );
}

type Decision = 'approve' | 'return';

/** A manager's or ambassador's review: approve (optional comment) or return (comment required). */
export function StoryReviewPanel({ story }: { story: StoryDetailFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const fieldText = useLocalFieldText('stories');
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [approve, approveState] = useMutation(ApproveSuccessStoryDocument);
  const [giveBack, returnState] = useMutation(ReturnSuccessStoryDocument);

  if (!story.canReview) return null;

  const open = (next: Decision) => {
    setDecision(next);
    setComment('');
    setLocalError(null);
    setError(null);
  };

  const confirm = async () => {
    setError(null);
    const trimmed = comment.trim();
    if (decision === 'return' && trimmed === '') {
      setLocalError(t('stories.fieldErrors.comment.required'));
      return;
    }
    try {
      if (decision === 'approve') {
        await approve({ variables: { id: story.id, comment: trimmed === '' ? null : trimmed } });
        toast.show('success', t('stories.review.approved'));
      } else {
        await giveBack({ variables: { id: story.id, comment: trimmed } });
        toast.show('success', t('stories.review.returned'));
      }
      setDecision(null);
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const commentFieldError =
    error && error.kind === 'graphql' ? error.fields.find((f) => f.field === 'comment') : undefined;
  const loading = approveState.loading || returnState.loading;
  return (
    <Card
      withBorder
      radius="lg"
      padding={story.status === 'APPROVED' ? 'md' : 'lg'}
      component="section"
      aria-labelledby="story-review-heading"
      bg={story.status === 'APPROVED' ? undefined : 'blue.0'}
    >
      <Stack gap="sm">
        <Title order={2} fz={story.status === 'APPROVED' ? 'md' : 'lg'} id="story-review-heading">
          {t('stories.review.heading')}
        </Title>
        <Text size="sm">
          {story.status === 'APPROVED'
            ? t('stories.review.approvedIntro')
            : t('stories.review.intro')}
        </Text>
        <Group gap="xs" wrap="wrap">
          {story.status === 'SUBMITTED' ? (
            <Button
              color="jade"
              leftSection={<IconCircleCheck size={16} />}
              onClick={() => open('approve')}
              data-testid="story-approve"
            >
              {t('stories.review.approve')}
            </Button>
          ) : null}
          <Button
            color="orange"
            variant="light"
            size={story.status === 'APPROVED' ? 'xs' : 'sm'}
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => open('return')}
            data-testid="story-return"
          >
            {t('stories.review.return')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={
          decision === 'approve'
            ? t('stories.review.approveTitle')
            : t('stories.review.returnTitle')
        }
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {decision === 'approve'
              ? t('stories.review.approveBody', { name: story.author.displayName })
              : story.status === 'APPROVED'
                ? t('stories.review.returnApprovedBody')
                : t('stories.review.returnBody')}
          </Text>
          <Textarea
            label={
              decision === 'approve'
                ? t('stories.review.commentOptional')
                : t('stories.review.commentRequired')
            }
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setLocalError(null);
            }}
            required={decision === 'return'}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={COMMENT_MAX}
            error={localError ?? (commentFieldError ? fieldText(commentFieldError) : undefined)}
            data-autofocus
            data-testid="story-review-comment"
          />
          {error && !commentFieldError ? <LocalErrorAlert error={error} section="stories" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDecision(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color={decision === 'approve' ? 'jade' : 'orange'}
              loading={loading}
              onClick={() => void confirm()}
              data-testid="story-review-confirm"
            >
              {decision === 'approve' ? t('stories.review.approve') : t('stories.review.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
