// The contribution-core rules (templates, guideline, stories, knowledge, search, points) are
// reachable from the package entry point that the API and the web app import.
import * as domain from '../index';

describe('@chienowa/domain contribution-core exports', () => {
  it.each([
    'parseTemplate',
    'fillTemplate',
    'missingPlaceholders',
    'TEMPLATE_KINDS',
    'TARGET_TOOLS',
    'DEFAULT_TEMPLATE_CATEGORIES',
    'checkContent',
    'validateBannedTerms',
    'GUIDELINE_SECTIONS',
    'needsGuidelineAcknowledgement',
    'hoursSavedPerMonth',
    'STORY_STATUSES',
    'canTransition',
    'canTransitionStory',
    'canReviewStory',
    'defaultReviewBy',
    'needsReview',
    'canTransitionPost',
    'normalizeForSearch',
    'indexTokens',
    'queryTokens',
    'highlightSnippet',
    'POINT_EVENT_KINDS',
    'DEFAULT_POINT_RULES',
    'validatePointRules',
    'decideAward',
    'dedupeKeyFor',
    'reversalOf',
    'validateReversal',
    'totalsByPeriod',
    'describeEntry',
    'requestFingerprint',
    'checkIdempotentReplay',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });
});
