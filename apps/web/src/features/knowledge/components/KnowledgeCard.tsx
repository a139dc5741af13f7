import { Anchor, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconMessageCircle, IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KnowledgePostCardFieldsFragment } from '../../../generated/graphql';
import { formatDate } from '../lib/format';
import { KnowledgeStatusBadge, NeedsReviewBadge, TagBadge } from './KnowledgeBadges';

/** A post in the list: title, tags, author, views, likes and the 要レビュー mark. */
export function KnowledgeCard({ post }: { post: KnowledgePostCardFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const path = `/knowledge/${post.id}`;
  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="li"
      data-testid="knowledge-card"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <Stack gap={8} style={{ flexGrow: 1 }}>
        {post.status !== 'PUBLISHED' || post.needsReview ? (
          <Group gap={6}>
            {post.status !== 'PUBLISHED' ? <KnowledgeStatusBadge status={post.status} /> : null}
            {post.needsReview ? <NeedsReviewBadge /> : null}
          </Group>
        ) : null}
        <Anchor
          component={Link}
          to={path}
          fw={700}
          fz="md"
          lh={1.5}
          c="var(--mantine-color-text)"
          lineClamp={2}
          data-testid="knowledge-card-title"
        >
          {post.title}
        </Anchor>
        {post.tags.length > 0 ? (
          <Group gap={4} wrap="wrap">
            {post.tags.map((tag) => (
              <TagBadge key={tag} tag={tag} />
            ))}
          </Group>
        ) : null}
        <Text size="xs" c="dimmed" style={{ marginTop: 'auto' }}>
          {[
            post.author.displayName,
            post.department?.name,
            t('knowledge.updatedOn', { date: formatDate(post.updatedAt, i18n.language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group gap="md" c="dimmed">
          <Group gap={4}>
            <IconEye size={15} aria-hidden="true" />
            <Text size="xs" aria-hidden="true">
              {post.viewCount}
            </Text>
            <VisuallyHidden>{t('knowledge.viewsLabel', { n: post.viewCount })}</VisuallyHidden>
          </Group>
          <Group gap={4}>
            <IconThumbUp size={15} aria-hidden="true" />
            <Text size="xs" aria-hidden="true">
              {post.likeCount}
            </Text>
            <VisuallyHidden>{t('knowledge.likesLabel', { n: post.likeCount })}</VisuallyHidden>
          </Group>
          <Group gap={4}>
            <IconMessageCircle size={15} aria-hidden="true" />
            <Text size="xs" aria-hidden="true">
              {post.commentCount}
            </Text>
            <VisuallyHidden>
              {t('knowledge.commentsLabel', { n: post.commentCount })}
            </VisuallyHidden>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
