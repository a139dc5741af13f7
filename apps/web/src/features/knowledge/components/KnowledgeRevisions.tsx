import { Badge, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgePostRevisionsQuery } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { MarkdownView } from '../../content/components/MarkdownView';
import { useKnowledgeRevisions } from '../hooks/useKnowledgeRevisions';
import { formatDateTime } from '../lib/format';
import { TagBadge } from './KnowledgeBadges';

type Revision = KnowledgePostRevisionsQuery['knowledgePostRevisions']['edges'][number]['node'];

const FIELD_KEYS = ['title', 'bodyMarkdown', 'tags'] as const;
type ChangedField = (typeof FIELD_KEYS)[number];
const isKnownField = (field: string): field is ChangedField =>
  (FIELD_KEYS as readonly string[]).includes(field);

/** 編集履歴: who saved what, when; any revision can be opened. */
export function KnowledgeRevisions(props: { postId: string }) {
  const { t, i18n } = useTranslation();
  const history = useKnowledgeRevisions(props.postId);
  const [open, setOpen] = useState<Revision | null>(null);
  const newestId = history.revisions[0]?.id;

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="revisions-heading"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconHistory size={20} aria-hidden="true" />
          <Title order={2} fz="md" id="revisions-heading">
            {t('knowledge.revisions.title')}
          </Title>
        </Group>
        {history.error ? <ErrorAlert error={toApiError(history.error)} /> : null}
        {!history.loaded ? (
          history.error ? null : (
            <Loader size="sm" aria-label={t('app.loading')} />
          )
        ) : history.revisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('knowledge.revisions.empty')}
          </Text>
        ) : (
          <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {history.revisions.map((revision) => (
              <li
                key={revision.id}
                data-testid="knowledge-revision"
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)', padding: '8px 0' }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {revision.editor.displayName}
                    </Text>
                    <Text
                      size="xs"
                      c="dimmed"
                      component="time"
                      dateTime={String(revision.createdAt)}
                    >
                      {formatDateTime(revision.createdAt, i18n.language)}
                    </Text>
                    <Group gap={4}>
                      {revision.id === newestId ? (
                        <Badge size="xs" variant="filled" radius="sm">
                          {t('knowledge.revisions.current')}
                        </Badge>
                      ) : null}
                      {revision.changedFields.length === 0 ? (
                        <Badge size="xs" variant="outline" color="gray" radius="sm">
                          {t('knowledge.revisions.noChanges')}
                        </Badge>
                      ) : (
                        revision.changedFields.filter(isKnownField).map((field) => (
                          <Badge key={field} size="xs" variant="light" color="gray" radius="sm">
                            {t(`knowledge.revisions.fields.${field}`)}
                          </Badge>
                        ))
                      )}
                    </Group>
                  </Stack>
                  <Button size="xs" variant="subtle" onClick={() => setOpen(revision)}>
                    {t('knowledge.revisions.show')}
                  </Button>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {history.hasNextPage ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void history.loadMore()}
            loading={history.loadingMore}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('knowledge.revisions.loadMore')}
          </Button>
        ) : null}
      </Stack>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={
          open
            ? t('knowledge.revisions.dialogTitle', {
                name: open.editor.displayName,
                date: formatDateTime(open.createdAt, i18n.language),
              })
            : ''
        }
      >
        {open ? (
          <Stack gap="sm" data-testid="knowledge-revision-content">
            <Title order={3} fz="xl">
              {open.title}
            </Title>
            {open.tags.length > 0 ? (
              <Group gap={4}>
                {open.tags.map((tag) => (
                  <TagBadge key={tag} tag={tag} />
                ))}
              </Group>
            ) : null}
            <Card withBorder radius="md" padding="md">
              <MarkdownView
                empty={
                  <Text size="sm" c="dimmed">
                    {t('knowledge.revisions.emptyBody')}
                  </Text>
                }
              >
                {open.bodyMarkdown}
              </MarkdownView>
            </Card>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
