import { Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconBulb, IconGitFork } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StoryList } from '../features/stories/components/StoryList';
import { TemplateAuthorActions } from '../features/templates/components/TemplateAuthorActions';
import { TemplateBadges } from '../features/templates/components/TemplateBadges';
import { TemplateStatsCard } from '../features/templates/components/TemplateStatsCard';
import { TemplateUsePanel } from '../features/templates/components/TemplateUsePanel';
import { formatDateTime } from '../features/templates/lib/template-options';
import { TemplateDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/templates" size="sm" style={{ alignSelf: 'flex-start' }}>
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('templates.detail.back')}
      </Group>
    </Anchor>
  );
}

/** A template's page is its use screen: fill in, preview, copy; plus stats, stories and actions. */
export function TemplateDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(TemplateDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const template = data?.template;

  if (!template) {
    if (loading) return <FullPageLoader />;
    return (
      <Stack gap="md" maw={760}>
        <BackLink />
        <ErrorAlert error={error ? toApiError(error) : null} />
      </Stack>
    );
  }

  const updated = formatDateTime(template.updatedAt, i18n.language);

  return (
    <Stack gap="lg" maw={1180}>
      <BackLink />
      <Stack gap="sm">
        <TemplateBadges
          category={template.category.name}
          kind={template.kind}
          targetTool={template.targetTool}
          status={template.status}
        />
        <Title order={1} fz={{ base: 24, sm: 30 }} style={{ overflowWrap: 'anywhere' }}>
          {template.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('templates.detail.byline', {
            name: template.author.displayName,
            department: template.author.department?.name ?? t('templates.detail.noDepartment'),
            date: updated,
          })}
        </Text>
        {template.forkedFrom ? (
          <Group gap={4} wrap="nowrap">
            <IconGitFork size={14} aria-hidden="true" color="var(--mantine-color-dimmed)" />
            <Text size="sm" c="dimmed">
              {t('templates.detail.forkedFrom')}{' '}
              <Anchor
                component={Link}
                to={`/templates/${encodeURIComponent(template.forkedFrom.id)}`}
                data-testid="forked-from"
              >
                {template.forkedFrom.title}
              </Anchor>{' '}
              {t('templates.detail.forkedFromAuthor', {
                name: template.forkedFrom.author.displayName,
              })}
            </Text>
          </Group>
        ) : null}
        {template.description ? (
          <Text size="md" maw={820} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {template.description}
          </Text>
        ) : null}
        <TemplateAuthorActions template={template} />
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <TemplateUsePanel key={template.id} template={template} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <TemplateStatsCard template={template} />
        </Grid.Col>
      </Grid>

      <Stack gap="sm" component="section" aria-labelledby="template-stories-heading">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="lg" id="template-stories-heading">
            {t('templates.detail.storiesHeading')}
          </Title>
          {template.status === 'PUBLISHED' ? (
            <Button
              component={Link}
              to={`/stories/new?template=${encodeURIComponent(template.id)}`}
              variant="light"
              size="sm"
              leftSection={<IconBulb size={16} />}
            >
              {t('templates.detail.writeStory')}
            </Button>
          ) : null}
        </Group>
        <StoryList
          filter={{ templateId: template.id, status: 'APPROVED' }}
          label={t('templates.detail.storiesHeading')}
          first={10}
          empty={
            <Text size="sm" c="dimmed">
              {t('templates.detail.noStories')}
            </Text>
          }
        />
      </Stack>
    </Stack>
  );
}
