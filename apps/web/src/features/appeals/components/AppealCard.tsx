import { Badge, Card, Group, Stack, Text, Timeline } from '@mantine/core';
import { POINT_EVENT_LABELS, type PointEventKind } from '@chienowa/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealFieldsFragment } from '../../../generated/graphql';
import { formatIsoDate } from '../../../shared/lib/dates';
import { formatSignedPoints } from '../../points/lib/point-history';
import { appealStatusColor } from '../lib/appeal-form';

export function pointKindLabel(kind: string | null | undefined, language: string): string {
  if (!kind) return '';
  const labels = POINT_EVENT_LABELS[kind as PointEventKind] as
    { ja: string; en: string } | undefined;
  return labels ? (language.startsWith('en') ? labels.en : labels.ja) : kind;
}

const when = (value: unknown, language: string) =>
  new Date(String(value)).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });

/** One appeal: what is disputed, why, where it stands, and every step (oldest first). */
export function AppealCard(props: {
  appeal: AppealFieldsFragment;
  showMember?: boolean;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { appeal } = props;
  const language = i18n.language;
  const subject =
    appeal.subjectType === 'ENTRY' && appeal.entry
      ? t('appeals.subjectEntry', {
          kind: pointKindLabel(appeal.entry.kind, language),
          points: formatSignedPoints(appeal.entry.points, language),
          date: when(appeal.entry.occurredAt, language),
        })
      : t('appeals.subjectMissing', {
          kind: pointKindLabel(appeal.kind, language),
          date: formatIsoDate(appeal.occurredOn, language) ?? '',
        });
  return (
    <Card withBorder radius="md" padding="md" data-testid="appeal-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
            {props.showMember ? (
              <Text size="sm" fw={700}>
                {appeal.memberName}
              </Text>
            ) : null}
            <Text size="sm" fw={600}>
              {subject}
            </Text>
            {appeal.issue && appeal.subjectType === 'ENTRY' ? (
              <Text size="xs" c="dimmed">
                {t(`appeals.issues.${appeal.issue}`)}
              </Text>
            ) : null}
            {appeal.sourceReference ? (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('appeals.reference', { reference: appeal.sourceReference })}
              </Text>
            ) : null}
          </Stack>
          <Group gap={6}>
            <Badge color={appealStatusColor(appeal.status)} variant="light">
              {t(`appeals.statuses.${appeal.status}`)}
            </Badge>
            {appeal.outcome ? (
              <Badge color={appeal.outcome === 'REJECTED' ? 'red' : 'blue'} variant="outline">
                {t(`appeals.outcomes.${appeal.outcome}`)}
                {appeal.outcome === 'COMPENSATED' && appeal.points !== null
                  ? ` ${formatSignedPoints(appeal.points, language)}pt`
                  : ''}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {appeal.reason}
        </Text>
        <Timeline bulletSize={14} lineWidth={2} mt={4} data-testid="appeal-timeline">
          {appeal.events.map((event) => (
            <Timeline.Item
              key={event.id}
              title={
                <Text size="xs" fw={600}>
                  {t(`appeals.actions.${event.action}`, { name: event.actorName })}
                  {event.outcome ? ` — ${t(`appeals.outcomes.${event.outcome}`)}` : ''}
                  {event.points !== null && event.outcome === 'COMPENSATED'
                    ? ` ${formatSignedPoints(event.points, language)}pt`
                    : ''}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {when(event.createdAt, language)}
              </Text>
              {event.reason && event.action !== 'SUBMITTED' ? (
                <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.reason}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
        {props.actions ? <Group gap="xs">{props.actions}</Group> : null}
      </Stack>
    </Card>
  );
}
