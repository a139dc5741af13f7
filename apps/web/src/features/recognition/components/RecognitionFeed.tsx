import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedFilter } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useFeed } from '../hooks/useFeed';
import { FeedItemCard } from './FeedItemCard';
import { GiveKudosDialog } from './GiveKudosDialog';

const FILTERS = ['ALL', 'MY_DEPARTMENT', 'MINE'] as const satisfies readonly FeedFilter[];

/** ホームの称賛フィード: filters, live items on top, "もっと見る", and the give-kudos dialog. */
export function RecognitionFeed() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FeedFilter>('ALL');
  const [giving, setGiving] = useState(false);
  const feed = useFeed(filter);
  return (
    <Stack gap="md" component="section" aria-labelledby="feed-heading" data-testid="feed">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} fz="lg" id="feed-heading">
          {t('recognition.feed.title')}
        </Title>
        <Button
          leftSection={<IconHeartHandshake size={18} />}
          color="pink"
          onClick={() => setGiving(true)}
        >
          {t('recognition.kudos.open')}
        </Button>
      </Group>
      <SegmentedControl
        aria-label={t('recognition.feed.filterLabel')}
        data={FILTERS.map((value) => ({ value, label: t(`recognition.feed.filters.${value}`) }))}
        value={filter}
        onChange={(value) => setFilter(value as FeedFilter)}
        fullWidth
        maw={480}
      />
      {feed.error ? <ErrorAlert error={toApiError(feed.error)} /> : null}
      {!feed.loaded ? (
        feed.error ? null : (
          <Text size="sm" c="dimmed" role="status">
            {t('app.loading')}
          </Text>
        )
      ) : feed.items.length === 0 ? (
        <Card withBorder radius="lg" padding="lg">
          <Text size="sm" c="dimmed" data-testid="feed-empty">
            {t(`recognition.feed.empty.${filter}`)}
          </Text>
        </Card>
      ) : (
        <Stack gap="sm" data-testid="feed-items">
          {feed.items.map((item) => (
            <FeedItemCard key={item.id} item={item} />
          ))}
          {feed.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void feed.loadMore()}
              loading={feed.loadingMore}
              style={{ alignSelf: 'center' }}
            >
              {t('recognition.feed.loadMore')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('recognition.feed.end')}
            </Text>
          )}
        </Stack>
      )}
      <GiveKudosDialog opened={giving} onClose={() => setGiving(false)} />
    </Stack>
  );
}
