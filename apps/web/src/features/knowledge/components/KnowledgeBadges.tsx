import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgePostStatus } from '../../../generated/graphql';

const STATUS_COLORS: Record<KnowledgePostStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'jade',
  ARCHIVED: 'dark',
};

export function KnowledgeStatusBadge(props: { status: KnowledgePostStatus; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[props.status]}
      variant={props.status === 'PUBLISHED' ? 'light' : 'outline'}
      radius="sm"
      size={props.size ?? 'sm'}
      data-testid="knowledge-status"
    >
      {t(`knowledge.status.${props.status}`)}
    </Badge>
  );
}

/** 要レビュー: published and past its review-by date. */
export function NeedsReviewBadge(props: { size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="filled"
      radius="sm"
      size={props.size ?? 'sm'}
      leftSection={<IconAlertTriangle size={12} />}
      data-testid="needs-review-badge"
    >
      {t('knowledge.needsReview')}
    </Badge>
  );
}

export function TagBadge(props: { tag: string }) {
  return (
    <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
      #{props.tag}
    </Badge>
  );
}
