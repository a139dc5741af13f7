import { graphql } from '../../../generated';

/** What a story card shows in the lists. */
export const StoryCardFieldsFragment = graphql(`
  fragment StoryCardFields on SuccessStory {
    id
    title
    improved
    status
    hoursSavedPerMonth
    submittedAt
    approvedAt
    updatedAt
    author {
      id
      displayName
      department {
        id
        name
      }
    }
    templates {
      id
      title
    }
  }
`);
