import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { KnowledgeEditor } from '../features/knowledge/components/KnowledgeEditor';
import { KnowledgePostDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

/** /knowledge/new and /knowledge/:id/edit. */
export function KnowledgeEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const session = useCurrentMember();
  const { data, error } = useQuery(KnowledgePostDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const post = id ? (data?.knowledgePost ?? null) : null;

  const header = (
    <PageHeader
      title={id ? t('knowledge.editor.editTitle') : t('knowledge.editor.newTitle')}
      description={t('knowledge.editor.intro')}
    />
  );

  if (id && !post) {
    return error ? (
      <Stack gap="md" maw={720}>
        {header}
        <ErrorAlert error={toApiError(error)} />
        <Anchor component={Link} to="/knowledge">
          {t('knowledge.backToList')}
        </Anchor>
      </Stack>
    ) : (
      <FullPageLoader />
    );
  }

  if (post && !post.canEdit) {
    return (
      <Stack gap="md" maw={720}>
        {header}
        <ErrorAlert
          error={{
            kind: 'graphql',
            code: 'FORBIDDEN',
            message: '',
            fields: [],
            retryAfterSeconds: null,
          }}
        />
      </Stack>
    );
  }

  const defaultDepartmentId =
    session.status === 'signedIn' ? (session.member.department?.id ?? null) : null;

  return (
    <Stack gap="md" maw={1400}>
      {header}
      {/* Loaded once per post: later refreshes must not reset what the author is typing. */}
      <KnowledgeEditor
        key={post?.id ?? 'new'}
        post={post}
        defaultDepartmentId={defaultDepartmentId}
      />
    </Stack>
  );
}
