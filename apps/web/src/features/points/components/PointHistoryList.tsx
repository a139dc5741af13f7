import { Anchor, Badge, Box, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAdjustments,
  IconArrowBackUp,
  IconAward,
  IconBook2,
  IconBulb,
  IconHeartHandshake,
  IconTargetArrow,
  IconTemplate,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PointHistoryEntryFieldsFragment } from '../../../generated/graphql';
import {
  entryHeadline,
  formatOccurredAt,
  formatSignedPoints,
  sourcePath,
} from '../lib/point-history';

const SOURCE_ICONS: Record<string, ReactNode> = {
  knowledgePost: <IconBook2 size={18} />,
  template: <IconTemplate size={18} />,
  story: <IconBulb size={18} />,
  kudos: <IconHeartHandshake size={18} />,
  badge: <IconAward size={18} />,
  challenge: <IconTargetArrow size={18} />,
  manual: <IconAdjustments size={18} />,
};

function HistoryEntry({
  entry,
  onDispute,
}: {
  entry: PointHistoryEntryFieldsFragment;
  onDispute?: (entry: PointHistoryEntryFieldsFragment) => void;
}) {
  const { t, i18n } = useTranslation();
  const reversed = entry.reversesEntryId !== null;
  const negative = entry.points < 0;
  const path = sourcePath(entry.sourceType, entry.sourceId);
  const headline = entryHeadline(entry);
  const occurredAt = String(entry.occurredAt);
  return (
    <Box
      component="li"
      py="sm"
      data-testid="point-history-entry"
      data-reversal={reversed ? 'true' : undefined}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
          <ThemeIcon
            variant="light"
            color={reversed ? 'red' : negative ? 'orange' : 'jade'}
            radius="xl"
            size={34}
            aria-hidden="true"
          >
            {reversed ? <IconArrowBackUp size={18} /> : (SOURCE_ICONS[entry.sourceType] ?? null)}
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" lh={1.6}>
              {path ? (
                <Anchor component={Link} to={path} inherit>
                  {headline}
                </Anchor>
              ) : (
                headline
              )}
            </Text>
            <Group gap={8} wrap="wrap">
              {reversed ? (
                <Badge color="red" variant="light" size="sm" radius="sm">
                  {t('points.history.reversed')}
                </Badge>
              ) : null}
              <Text component="time" dateTime={occurredAt} size="xs" c="dimmed">
                {formatOccurredAt(occurredAt, i18n.language)}
              </Text>
            </Group>
            {reversed && entry.reason ? (
              <Text size="xs" c="red.8">
                {t('points.history.reason', { reason: entry.reason })}
              </Text>
            ) : null}
            {onDispute ? (
              <Anchor
                component="button"
                type="button"
                size="xs"
                c="dimmed"
                onClick={() => onDispute(entry)}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('appeals.disputeAction')}
              </Anchor>
            ) : null}
          </Stack>
        </Group>
        <Text
          fw={700}
          size="md"
          c={negative ? 'red.8' : 'jade.8'}
          style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
          data-testid="point-history-points"
        >
          {formatSignedPoints(entry.points, i18n.language)}
          <Text span size="xs" fw={600} ml={2}>
            pt
          </Text>
        </Text>
      </Group>
    </Box>
  );
}

/** Newest first; every entry says why, when, and links to what it was for. */
export function PointHistoryList(props: {
  entries: readonly PointHistoryEntryFieldsFragment[];
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** 異議申し立て: offered on every entry when given. */
  onDispute?: (entry: PointHistoryEntryFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Box
        component="ol"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        data-testid="point-history"
        aria-label={t('points.history.heading')}
      >
        {props.entries.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} onDispute={props.onDispute} />
        ))}
      </Box>
      {props.hasNextPage ? (
        <Button
          variant="light"
          onClick={props.onLoadMore}
          loading={props.loadingMore}
          style={{ alignSelf: 'center' }}
        >
          {t('points.history.loadMore')}
        </Button>
      ) : (
        <Text size="xs" c="dimmed" ta="center">
          {t('points.history.end')}
        </Text>
      )}
    </Stack>
  );
}
