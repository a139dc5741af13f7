import { graphql } from '../../../generated';

export const PointHistoryQuery = graphql(`
  query PointHistory($first: Int!, $after: String) {
    myPoints {
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PointHistoryEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
