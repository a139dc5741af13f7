import type { StoryStatus } from '../../../generated/graphql';

export const STORY_STATUS_COLORS: Record<StoryStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  APPROVED: 'jade',
  RETURNED: 'orange',
};

export const STORY_TABS = ['all', 'mine', 'review'] as const;
export type StoryTab = (typeof STORY_TABS)[number];

export function isStoryTab(value: string | null | undefined): value is StoryTab {
  return (STORY_TABS as readonly string[]).includes(value ?? '');
}

/** Numbers as the member typed them ("7.5"), without grouping. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false }).format(
    value,
  );
}
