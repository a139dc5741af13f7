import { graphql } from '../../../generated';

export const FeedQuery = graphql(`
  query Feed($filter: FeedFilter!, $first: Int!, $after: String) {
    feed(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...FeedItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
