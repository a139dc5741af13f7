import type { GuidelineFieldsFragment } from '../../../generated/graphql';

export const GUIDELINE_SECTION_KEYS = ['recommendedUses', 'neverInput', 'finalCheck'] as const;
export type GuidelineSectionKey = (typeof GUIDELINE_SECTION_KEYS)[number];

/** Green for what to do, red for what never to enter, blue for the human check. */
export const SECTION_COLORS: Record<GuidelineSectionKey, string> = {
  recommendedUses: 'green',
  neverInput: 'red',
  finalCheck: 'blue',
};

/** Same limit as the API: the guideline is meant to fit on one page. */
export const GUIDELINE_SECTION_MAX_LENGTH = 5000;

export type GuidelineContent = Pick<GuidelineFieldsFragment, GuidelineSectionKey>;
