import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FairPlayReportQuery } from '../../../generated/graphql';
import { formatOccurredAt } from '../../points/lib/point-history';
import { canReverse, circleLabel, formatShare } from '../lib/fair-play';

export type FairPlayGroupData = FairPlayReportQuery['fairPlayReport']['groups'][number];

/** One pair or circle: who credits whom how much, the excess, and earlier reversals. */
export function FairPlayGroupCard(props: {
  group: FairPlayGroupData;
  onReverse: (group: FairPlayGroupData) => void;
}) {
  const { t, i18n } = useTranslation();
  const { group } = props;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="fair-play-group" data-group={group.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge color={group.kind === 'CIRCLE' ? 'grape' : 'orange'} variant="light">
                {t(`fairPlay.kind.${group.kind}`)}
              </Badge>
              <Text fw={700}>{circleLabel(group.members.map((member) => member.displayName))}</Text>
            </Group>
            <Text size="xs" c="dimmed">
              {group.members
                .map((member) => `${member.displayName}（${member.department?.name ?? '—'}）`)
                .join('、')}
            </Text>
          </Stack>
          {canReverse(group) ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => props.onReverse(group)}
            >
              {t('fairPlay.reverse')}
            </Button>
          ) : group.alreadyReversed ? (
            <Badge color="gray" variant="light">
              {t('fairPlay.alreadyReversed')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="lg">
          <Text size="sm">
            {t('fairPlay.total', {
              count: group.totalCount,
              points: number.format(group.totalPoints),
            })}
          </Text>
          <Text size="sm" c="red.8" fw={600}>
            {t('fairPlay.excess', {
              count: group.excessCount,
              points: number.format(group.excessPoints),
            })}
          </Text>
          {group.reversedPoints > 0 ? (
            <Text size="sm" c="dimmed">
              {t('fairPlay.reversedSoFar', { points: number.format(group.reversedPoints) })}
            </Text>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('fairPlay.evidence')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fairPlay.from')}</Table.Th>
                <Table.Th>{t('fairPlay.to')}</Table.Th>
                <Table.Th ta="right">{t('fairPlay.count')}</Table.Th>
                <Table.Th ta="right">{t('fairPlay.points')}</Table.Th>
                <Table.Th ta="right">{t('fairPlay.share')}</Table.Th>
                <Table.Th>{t('fairPlay.breakdown')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.edges.map((edge) => (
                <Table.Tr
                  key={`${edge.actor.id}-${edge.earner.id}`}
                  data-heavy={edge.heavy ? 'true' : undefined}
                >
                  <Table.Td>{edge.actor.displayName}</Table.Td>
                  <Table.Td>{edge.earner.displayName}</Table.Td>
                  <Table.Td ta="right">
                    {edge.count}
                    {edge.excessCount > 0 ? (
                      <Text span size="xs" c="red.8" ml={4}>
                        (+{edge.excessCount})
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{number.format(edge.points)}</Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {edge.heavy ? (
                        <IconAlertTriangle
                          size={14}
                          color="var(--mantine-color-red-7)"
                          aria-label={t('fairPlay.heavy')}
                        />
                      ) : null}
                      {formatShare(edge.share)}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {edge.byKind
                        .map((credit) => `${t(`fairPlay.kinds.${credit.kind}`)} ${credit.count}`)
                        .join(' / ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {group.reversals.length > 0 ? (
          <Stack gap={2}>
            <Text size="xs" fw={700}>
              {t('fairPlay.history')}
            </Text>
            {group.reversals.map((reversal) => (
              <Text key={reversal.id} size="xs" c="dimmed">
                {formatOccurredAt(String(reversal.createdAt), i18n.language)}{' '}
                {t('fairPlay.historyLine', {
                  by: reversal.reversedBy?.displayName ?? '—',
                  points: number.format(reversal.pointsReversed),
                  entries: reversal.entriesReversed,
                  reason: reversal.reason,
                })}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
