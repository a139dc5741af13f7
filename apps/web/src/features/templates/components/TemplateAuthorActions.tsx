import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconArchive, IconGitFork, IconPencil, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ArchiveTemplateDocument,
  ForkTemplateDocument,
  PublishTemplateDocument,
  type TemplateDetailFieldsFragment,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { LocalErrorAlert } from './LocalErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { isContentCheckError } from '../../guideline/lib/content-flags';
import { newIdempotencyKey } from '../lib/idempotency';
import { FlagConfirmDialog } from './FlagConfirmDialog';

const FORK_ATTEMPTS = 3;

/**
 * Fork (anyone), and for the author or an admin: edit, publish (with the content-check
 * confirmation) and archive.
 */
export function TemplateAuthorActions({ template }: { template: TemplateDetailFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [fork, forkState] = useMutation(ForkTemplateDocument);
  const [publish, publishState] = useMutation(PublishTemplateDocument);
  const [archive, archiveState] = useMutation(ArchiveTemplateDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [flagError, setFlagError] = useState<ApiError | null>(null);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const forking = useRef(false);

  const doFork = async () => {
    if (forking.current) return;
    forking.current = true;
    setError(null);
    // One fork per click; a retried request reuses the click's key and forks once.
    const idempotencyKey = newIdempotencyKey();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await fork({ variables: { id: template.id, idempotencyKey } });
          const copy = result.data?.forkTemplate;
          if (!copy) throw new Error('No template returned');
          toast.show('success', t('templates.detail.forked'));
          void navigate(`/templates/${encodeURIComponent(copy.id)}/edit`);
          return;
        } catch (caught) {
          const apiError = toApiError(caught);
          if (apiError.kind !== 'network' || attempt >= FORK_ATTEMPTS) {
            setError(apiError);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
        }
      }
    } finally {
      forking.current = false;
    }
  };

  const doPublish = async (confirmFlags: boolean) => {
    setError(null);
    try {
      await publish({ variables: { id: template.id, confirmFlags } });
      setFlagError(null);
      toast.show('success', t('templates.detail.published'));
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) setFlagError(apiError);
      else {
        setFlagError(null);
        setError(apiError);
      }
    }
  };

  const doArchive = async () => {
    setError(null);
    try {
      await archive({ variables: { id: template.id } });
      setArchiveOpen(false);
      toast.show('success', t('templates.detail.archived'));
    } catch (caught) {
      setArchiveOpen(false);
      setError(toApiError(caught));
    }
  };

  const id = encodeURIComponent(template.id);
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {template.status === 'PUBLISHED' ? (
          <Button
            variant="light"
            leftSection={<IconGitFork size={16} />}
            onClick={() => void doFork()}
            loading={forkState.loading}
            data-testid="fork-template"
          >
            {t('templates.detail.fork')}
          </Button>
        ) : null}
        {template.canEdit ? (
          <>
            <Button
              component={Link}
              to={`/templates/${id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} />}
            >
              {t('templates.detail.edit')}
            </Button>
            {template.status !== 'PUBLISHED' ? (
              <Button
                leftSection={<IconSend size={16} />}
                onClick={() => void doPublish(false)}
                loading={publishState.loading && !flagError}
                data-testid="publish-template"
              >
                {template.status === 'ARCHIVED'
                  ? t('templates.detail.republish')
                  : t('templates.detail.publish')}
              </Button>
            ) : null}
            {template.status !== 'ARCHIVED' ? (
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconArchive size={16} />}
                onClick={() => setArchiveOpen(true)}
              >
                {t('templates.detail.archive')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Group>
      <LocalErrorAlert error={error} section="templates" />
      <ConfirmDialog
        opened={archiveOpen}
        title={t('templates.detail.archiveTitle')}
        message={t('templates.detail.archiveBody')}
        confirmLabel={t('templates.detail.archive')}
        danger
        loading={archiveState.loading}
        onConfirm={() => void doArchive()}
        onClose={() => setArchiveOpen(false)}
      />
      <FlagConfirmDialog
        opened={flagError !== null}
        flags={[]}
        fieldLabel={() => ''}
        serverError={flagError}
        confirming={publishState.loading}
        confirmLabel={t('templates.flags.confirmPublish')}
        onFix={() => {
          setFlagError(null);
          void navigate(`/templates/${id}/edit`);
        }}
        onConfirm={() => void doPublish(true)}
      />
    </>
  );
}
