import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconEdit, IconEye } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MarkdownView } from '../features/content/components/MarkdownView';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import {
  KnowledgeStatusBadge,
  NeedsReviewBadge,
  TagBadge,
} from '../features/knowledge/components/KnowledgeBadges';
import { KnowledgeComments } from '../features/knowledge/components/KnowledgeComments';
import { KnowledgeOwnerActions } from '../features/knowledge/components/KnowledgeOwnerActions';
import { KnowledgeRevisions } from '../features/knowledge/components/KnowledgeRevisions';
import { LikeButton } from '../features/knowledge/components/LikeButton';
import { useRecordView } from '../features/knowledge/hooks/useRecordView';
import { formatDate } from '../features/knowledge/lib/format';
import { KnowledgePostDocument } from '../generated/graphql';
import { departmentLabel } from '../shared/lib/department-label';
import { formatIsoDate } from '../shared/lib/dates';
import { hasErrorCode, toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';

function InfoRow(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {props.label}
      </Text>
      <Text size="sm" ta="right" data-testid={props.testId}>
        {props.children}
      </Text>
    </Group>
  );
}

/** ナレッジ detail: the rendered post, its facts, 役に立った, comments, history and owner actions. */
export function KnowledgeDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useCurrentMember();
  const viewerId = session.status === 'signedIn' ? session.member.id : '';
  const { data, error } = useQuery(KnowledgePostDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const post = data?.knowledgePost ?? null;
  useRecordView(post);

  if (!post) {
    if (!error) return <FullPageLoader />;
    return (
      <Stack gap="md" maw={720}>
        <ErrorAlert error={toApiError(error)} />
        {hasErrorCode(error, 'NOT_FOUND') ? (
          <Anchor component={Link} to="/knowledge">
            {t('knowledge.backToList')}
          </Anchor>
        ) : null}
      </Stack>
    );
  }

  const published = post.status === 'PUBLISHED';
  const department = departmentLabel(post.department);
  const publishedOn = post.publishedAt ? formatDate(post.publishedAt, i18n.language) : null;

  return (
    <Stack gap="lg" maw={1180}>
      <Anchor component={Link} to="/knowledge" size="sm" style={{ alignSelf: 'flex-start' }}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden="true" />
          {t('knowledge.backToList')}
        </Group>
      </Anchor>

      <Stack gap="xs">
        {!published || post.needsReview ? (
          <Group gap={6}>
            {!published ? <KnowledgeStatusBadge status={post.status} size="md" /> : null}
            {post.needsReview ? <NeedsReviewBadge size="md" /> : null}
          </Group>
        ) : null}
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.35} style={{ flex: '1 1 320px' }}>
            {post.title}
          </Title>
          {post.canEdit ? (
            <Button
              component={Link}
              to={`/knowledge/${post.id}/edit`}
              variant="light"
              leftSection={<IconEdit size={16} />}
            >
              {t('knowledge.actions.edit')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            post.author.displayName,
            department,
            publishedOn
              ? t('knowledge.publishedOn', { date: publishedOn })
              : t('knowledge.updatedOn', { date: formatDate(post.updatedAt, i18n.language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {post.tags.length > 0 ? (
          <Group gap={6}>
            {post.tags.map((tag) => (
              <Anchor key={tag} component={Link} to={`/knowledge?tag=${encodeURIComponent(tag)}`}>
                <TagBadge tag={tag} />
              </Anchor>
            ))}
          </Group>
        ) : null}
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder radius="lg" padding="lg" component="article" aria-label={post.title}>
              <MarkdownView
                empty={
                  <Text size="sm" c="dimmed">
                    {t('knowledge.emptyBody')}
                  </Text>
                }
              >
                {post.bodyMarkdown}
              </MarkdownView>
            </Card>
            <Group justify="space-between" gap="sm" wrap="wrap">
              <LikeButton post={post} disabled={!published} />
              <Group gap={6} c="dimmed">
                <IconEye size={16} aria-hidden="true" />
                <Text size="sm" data-testid="view-count">
                  {t('knowledge.views', { n: post.viewCount })}
                </Text>
              </Group>
            </Group>
            <KnowledgeComments postId={post.id} canComment={published} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card
              withBorder
              radius="lg"
              padding="lg"
              component="section"
              aria-labelledby="info-heading"
            >
              <Stack gap={8}>
                <Title order={2} fz="md" id="info-heading">
                  {t('knowledge.info.title')}
                </Title>
                <InfoRow label={t('knowledge.info.author')}>{post.author.displayName}</InfoRow>
                <InfoRow label={t('knowledge.info.owner')} testId="post-owner">
                  {post.owner.displayName}
                  {!post.owner.active ? ` ${t('knowledge.info.inactive')}` : ''}
                </InfoRow>
                <InfoRow label={t('knowledge.info.department')}>
                  {department ?? t('common.none')}
                </InfoRow>
                <InfoRow label={t('knowledge.info.status')}>
                  {t(`knowledge.status.${post.status}`)}
                </InfoRow>
                {publishedOn ? (
                  <InfoRow label={t('knowledge.info.published')}>{publishedOn}</InfoRow>
                ) : null}
                <InfoRow label={t('knowledge.info.updated')}>
                  {formatDate(post.updatedAt, i18n.language)}
                </InfoRow>
                <InfoRow label={t('knowledge.info.reviewBy')} testId="post-review-by">
                  <Text
                    span
                    size="sm"
                    c={post.needsReview ? 'orange.8' : undefined}
                    fw={post.needsReview ? 700 : undefined}
                  >
                    {formatIsoDate(post.reviewBy, i18n.language)}
                  </Text>
                </InfoRow>
                {post.lastReviewedAt ? (
                  <InfoRow label={t('knowledge.info.lastReviewed')}>
                    {formatDate(post.lastReviewedAt, i18n.language)}
                  </InfoRow>
                ) : null}
                <InfoRow label={t('knowledge.info.views')}>{post.viewCount}</InfoRow>
                <InfoRow label={t('knowledge.info.likes')}>{post.likeCount}</InfoRow>
                <InfoRow label={t('knowledge.info.revisions')}>{post.revisionCount}</InfoRow>
              </Stack>
            </Card>
            {post.canEdit ? <KnowledgeOwnerActions post={post} viewerId={viewerId} /> : null}
            <KnowledgeRevisions postId={post.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
