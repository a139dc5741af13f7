import {
  Alert,
  Anchor,
  Card,
  Grid,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconMessage, IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MarkdownView } from '../features/content/components/MarkdownView';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { HoursSaved } from '../features/stories/components/HoursSaved';
import { StoryAuthorActions, StoryReviewPanel } from '../features/stories/components/StoryActions';
import { StoryStatusBadge } from '../features/stories/components/StoryStatusBadge';
import { formatNumber } from '../features/stories/lib/story-options';
import { formatDateTime } from '../features/templates/lib/template-options';
import { SuccessStoryDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/stories" size="sm" style={{ alignSelf: 'flex-start' }}>
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('stories.detail.back')}
      </Group>
    </Anchor>
  );
}

function Fact(props: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} fz="lg" data-testid={props.testId}>
        {props.value}
      </Text>
    </Stack>
  );
}

/** A success story: the effect in hours, how it was done, its review, and what one may do with it. */
export function StoryDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentMember();
  const { data, error, loading } = useQuery(SuccessStoryDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const story = data?.successStory;

  if (!story) {
    if (loading) return <FullPageLoader />;
    return (
      <Stack gap="md" maw={760}>
        <BackLink />
        <ErrorAlert error={error ? toApiError(error) : null} />
      </Stack>
    );
  }

  const date = (value: unknown) => formatDateTime(value, i18n.language);
  const isAuthor = session.status === 'signedIn' && session.member.id === story.author.id;
  const number = (value: number) => formatNumber(value, i18n.language);

  return (
    <Stack gap="lg" maw={1080}>
      <BackLink />
      <Stack gap="xs">
        <Group gap="xs">
          <StoryStatusBadge status={story.status} />
        </Group>
        <Title order={1} fz={{ base: 24, sm: 30 }} style={{ overflowWrap: 'anywhere' }}>
          {story.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('stories.detail.byline', {
            name: story.author.displayName,
            department: story.author.department?.name ?? t('stories.card.noDepartment'),
          })}
          {story.approvedAt
            ? ` · ${t('stories.detail.approvedOn', { date: date(story.approvedAt) })}`
            : story.submittedAt && story.status === 'SUBMITTED'
              ? ` · ${t('stories.detail.submittedOn', { date: date(story.submittedAt) })}`
              : ` · ${t('stories.detail.updatedOn', { date: date(story.updatedAt) })}`}
        </Text>
      </Stack>

      {story.status === 'RETURNED' && story.reviewComment ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconMessage size={18} />}
          title={t('stories.detail.returnedBy', { name: story.reviewer?.displayName ?? '' })}
          data-testid="story-review-comment-view"
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {story.reviewComment}
          </Text>
        </Alert>
      ) : null}

      {isAuthor ? <StoryAuthorActions story={story} /> : null}
      <StoryReviewPanel story={story} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Stack gap={4} component="section" aria-labelledby="story-improved-heading">
              <Title order={2} fz="lg" id="story-improved-heading">
                {t('stories.form.improved')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {story.improved}
              </Text>
            </Stack>
            <Stack gap={4} component="section" aria-labelledby="story-how-heading">
              <Title order={2} fz="lg" id="story-how-heading">
                {t('stories.form.howMarkdown')}
              </Title>
              <MarkdownView>{story.howMarkdown}</MarkdownView>
            </Stack>
            {story.qualityNote ? (
              <Stack gap={4} component="section" aria-labelledby="story-quality-heading">
                <Title order={2} fz="lg" id="story-quality-heading">
                  {t('stories.form.qualityNote')}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {story.qualityNote}
                </Text>
              </Stack>
            ) : null}
            {story.status === 'APPROVED' && story.reviewComment ? (
              <Alert
                color="jade"
                variant="light"
                icon={<IconMessage size={18} />}
                title={t('stories.detail.approvedBy', { name: story.reviewer?.displayName ?? '' })}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {story.reviewComment}
                </Text>
              </Alert>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <Card
              withBorder
              radius="lg"
              padding="lg"
              component="section"
              aria-label={t('stories.detail.effect')}
            >
              <Stack gap="md" align="center">
                <HoursSaved
                  hours={story.hoursSavedPerMonth}
                  size="lg"
                  testId="story-detail-hours"
                />
                <SimpleGrid cols={3} spacing="sm" w="100%">
                  <Fact
                    label={t('stories.form.minutesBefore')}
                    value={t('stories.detail.minutes', { n: number(story.minutesBefore) })}
                    testId="story-minutes-before-view"
                  />
                  <Fact
                    label={t('stories.form.minutesAfter')}
                    value={t('stories.detail.minutes', { n: number(story.minutesAfter) })}
                    testId="story-minutes-after-view"
                  />
                  <Fact
                    label={t('stories.detail.perMonth')}
                    value={t('stories.detail.times', { n: number(story.occurrencesPerMonth) })}
                    testId="story-occurrences-view"
                  />
                </SimpleGrid>
                <Text size="xs" c="dimmed" ta="center">
                  {t('stories.form.formula', {
                    before: number(story.minutesBefore),
                    after: number(story.minutesAfter),
                    times: number(story.occurrencesPerMonth),
                  })}
                </Text>
              </Stack>
            </Card>
            <Card
              withBorder
              radius="lg"
              padding="lg"
              component="section"
              aria-labelledby="story-templates-heading"
            >
              <Stack gap="xs">
                <Group gap={6}>
                  <IconTemplate size={18} aria-hidden="true" />
                  <Title order={2} fz="md" id="story-templates-heading">
                    {t('stories.card.templatesUsed')}
                  </Title>
                </Group>
                {story.templates.length > 0 ? (
                  <List size="sm" spacing={4}>
                    {story.templates.map((template) => (
                      <List.Item key={template.id}>
                        <Anchor
                          component={Link}
                          to={`/templates/${encodeURIComponent(template.id)}`}
                        >
                          {template.title}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('stories.detail.noTemplates')}
                  </Text>
                )}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
