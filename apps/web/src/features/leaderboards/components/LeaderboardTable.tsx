import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeaderboardEntryFieldsFragment } from '../../../generated/graphql';
import { rowKey, rowName } from '../lib/rank';
import { RankBadge } from './RankBadge';

function Row({ entry }: { entry: LeaderboardEntryFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table.Tr
      data-testid="leaderboard-row"
      data-me={entry.isMe ? 'true' : undefined}
      bg={entry.isMe ? 'var(--mantine-color-jade-0)' : undefined}
    >
      <Table.Td w={96}>
        <RankBadge rank={entry.rank} />
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm">
              {rowName(entry)}
            </Text>
            {entry.isMe ? (
              <Text span size="xs" c="jade.8" fw={700}>
                {t('leaderboard.you')}
              </Text>
            ) : null}
          </Group>
          {entry.member?.department ? (
            <Text size="xs" c="dimmed">
              {entry.member.department.name}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <Text fw={700} span>
          {number.format(entry.points)}
        </Text>
        <Text span size="xs" ml={2}>
          pt
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function LeaderboardTable(props: {
  entries: readonly LeaderboardEntryFieldsFragment[];
  me: LeaderboardEntryFieldsFragment | null;
  showMe: boolean;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="xs" highlightOnHover data-testid="leaderboard-table">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
        {props.caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('leaderboard.rank')}</Table.Th>
          <Table.Th>{t('leaderboard.name')}</Table.Th>
          <Table.Th ta="right">{t('leaderboard.points')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.entries.map((entry) => (
          <Row key={rowKey(entry)} entry={entry} />
        ))}
        {props.showMe && props.me ? (
          <>
            <Table.Tr aria-hidden="true">
              <Table.Td colSpan={3} ta="center" c="dimmed" py={2}>
                ⋮
              </Table.Td>
            </Table.Tr>
            <Row entry={props.me} />
          </>
        ) : null}
      </Table.Tbody>
    </Table>
  );
}
