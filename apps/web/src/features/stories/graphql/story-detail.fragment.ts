import { graphql } from '../../../generated';

export const StoryDetailFieldsFragment = graphql(`
  fragment StoryDetailFields on SuccessStory {
    ...StoryCardFields
    howMarkdown
    minutesBefore
    minutesAfter
    occurrencesPerMonth
    qualityNote
    reviewComment
    reviewedAt
    createdAt
    canEdit
    canReview
    reviewer {
      id
      displayName
    }
  }
`);
