import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { StoryForm } from '../features/stories/components/StoryForm';
import { StoryStatusBadge } from '../features/stories/components/StoryStatusBadge';
import { SuccessStoryDocument, TemplateDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

function BackLink(props: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={props.to} size="sm" style={{ alignSelf: 'flex-start' }}>
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden="true" />
        {props.label}
      </Group>
    </Anchor>
  );
}

/** /stories/new (optionally ?template=<id> from a template's page). */
export function NewStoryPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const templateId = params.get('template');
  const { data } = useQuery(TemplateDocument, {
    variables: { id: templateId ?? '' },
    skip: !templateId,
  });
  const preselected =
    data?.template && data.template.status === 'PUBLISHED'
      ? [{ id: data.template.id, title: data.template.title }]
      : [];
  return (
    <Stack gap="md" maw={980}>
      <BackLink to="/stories" label={t('stories.detail.back')} />
      <PageHeader title={t('stories.form.newTitle')} description={t('stories.form.intro')} />
      <StoryForm story={null} initialTemplates={preselected} />
    </Stack>
  );
}

/** /stories/:id/edit: the author edits a draft or returned story. */
export function EditStoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(SuccessStoryDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const story = data?.successStory;
  if (!story) {
    if (loading) return <FullPageLoader />;
    return (
      <Stack gap="md" maw={760}>
        <BackLink to="/stories" label={t('stories.detail.back')} />
        <ErrorAlert error={error ? toApiError(error) : null} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={980}>
      <BackLink
        to={`/stories/${encodeURIComponent(story.id)}`}
        label={t('stories.form.backToStory')}
      />
      <PageHeader
        title={t('stories.form.editTitle')}
        description={t('stories.form.intro')}
        actions={<StoryStatusBadge status={story.status} size="lg" />}
      />
      {story.status === 'RETURNED' && story.reviewComment ? (
        <Alert color="orange" variant="light" title={t('stories.detail.returnedComment')}>
          {story.reviewComment}
        </Alert>
      ) : null}
      {story.canEdit ? (
        <StoryForm key={story.id} story={story} />
      ) : (
        <Alert color="yellow" variant="light">
          {t('stories.form.notEditable')}
        </Alert>
      )}
    </Stack>
  );
}
