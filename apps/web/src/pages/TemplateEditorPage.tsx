import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TemplateEditor } from '../features/templates/components/TemplateEditor';
import { TemplateDocument } from '../generated/graphql';
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

/** /templates/new: a new template. */
export function NewTemplatePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1280}>
      <BackLink to="/templates" label={t('templates.detail.back')} />
      <PageHeader
        title={t('templates.editor.newTitle')}
        description={t('templates.editor.intro')}
      />
      <TemplateEditor template={null} />
    </Stack>
  );
}

/** /templates/:id/edit: the author (or an admin) edits a template. */
export function EditTemplatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(TemplateDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const template = data?.template;
  const back = `/templates/${encodeURIComponent(id)}`;
  if (!template) {
    if (loading) return <FullPageLoader />;
    return (
      <Stack gap="md" maw={760}>
        <BackLink to="/templates" label={t('templates.detail.back')} />
        <ErrorAlert error={error ? toApiError(error) : null} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1280}>
      <BackLink to={back} label={t('templates.editor.backToTemplate')} />
      <PageHeader
        title={
          template.forkedFrom && template.status === 'DRAFT'
            ? t('templates.editor.forkTitle')
            : t('templates.editor.editTitle')
        }
        description={t('templates.editor.intro')}
      />
      {template.canEdit ? (
        <TemplateEditor key={template.id} template={template} />
      ) : (
        <Alert color="red" variant="light">
          {t('templates.editor.notAllowed')}
        </Alert>
      )}
    </Stack>
  );
}
