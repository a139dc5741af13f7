import { graphql } from '../../../generated';

export const SuccessStoriesQuery = graphql(`
  query SuccessStories($filter: SuccessStoryFilter, $first: Int!, $after: String) {
    successStories(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...StoryCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
