import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryCardFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../templates/lib/template-options';
import { HoursSaved } from './HoursSaved';
import { StoryStatusBadge } from './StoryStatusBadge';

/** A success story in a list: hours saved first, then what improved, who and with which templates. */
export function StoryCard(props: { story: StoryCardFieldsFragment; showStatus?: boolean }) {
  const { t, i18n } = useTranslation();
  const { story } = props;
  const date = story.approvedAt ?? story.submittedAt ?? story.updatedAt;
  const titleId = `story-card-${story.id}`;
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid="story-card"
    >
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <HoursSaved hours={story.hoursSavedPerMonth} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {props.showStatus ? (
            <Group gap={6}>
              <StoryStatusBadge status={story.status} size="sm" />
            </Group>
          ) : null}
          <Anchor
            component={Link}
            to={`/stories/${encodeURIComponent(story.id)}`}
            id={titleId}
            fw={700}
            fz="lg"
            c="var(--mantine-color-text)"
            style={{ lineHeight: 1.35, overflowWrap: 'anywhere' }}
          >
            {story.title}
          </Anchor>
          <Text size="sm" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {story.improved}
          </Text>
          {story.templates.length > 0 ? (
            <Group gap={6} wrap="wrap" aria-label={t('stories.card.templatesUsed')}>
              <IconTemplate size={15} aria-hidden="true" color="var(--mantine-color-dimmed)" />
              {story.templates.map((template) => (
                <Anchor
                  key={template.id}
                  component={Link}
                  to={`/templates/${encodeURIComponent(template.id)}`}
                  size="sm"
                >
                  {template.title}
                </Anchor>
              ))}
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('stories.card.byline', {
              name: story.author.displayName,
              department: story.author.department?.name ?? t('stories.card.noDepartment'),
              date: formatDateTime(date, i18n.language),
            })}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
