import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoryStatus } from '../../../generated/graphql';
import { STORY_STATUS_COLORS } from '../lib/story-options';

export function StoryStatusBadge({
  status,
  size,
}: {
  status: StoryStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STORY_STATUS_COLORS[status]}
      variant={status === 'APPROVED' ? 'light' : 'filled'}
      size={size ?? 'md'}
      data-testid="story-status"
    >
      {t(`stories.status.${status}`)}
    </Badge>
  );
}
