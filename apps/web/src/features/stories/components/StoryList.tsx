import { Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuccessStoryFilter } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useSuccessStories } from '../hooks/useSuccessStories';
import { StoryCard } from './StoryCard';

/** A list of stories for one filter, with loading, empty and error states and "load more". */
export function StoryList(props: {
  filter: SuccessStoryFilter;
  showStatus?: boolean;
  empty: ReactNode;
  label: string;
  first?: number;
}) {
  const { t } = useTranslation();
  const list = useSuccessStories(props.filter, { first: props.first });
  if (list.error && !list.loaded) return <ErrorAlert error={toApiError(list.error)} />;
  if (!list.loaded) {
    return (
      <Center py="lg" role="status" aria-live="polite">
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('app.loading')}
          </Text>
        </Group>
      </Center>
    );
  }
  if (list.stories.length === 0) {
    return (
      <Card withBorder radius="lg" padding="lg" data-testid="stories-empty">
        {props.empty}
      </Card>
    );
  }
  return (
    <Stack gap="sm" aria-busy={list.loading}>
      {list.error ? <ErrorAlert error={toApiError(list.error)} /> : null}
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={props.label}
      >
        {list.stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} showStatus={props.showStatus} />
          </li>
        ))}
      </Stack>
      {list.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void list.loadMore()}
          loading={list.loadingMore}
          style={{ alignSelf: 'center' }}
        >
          {t('stories.list.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
