import { graphql } from '../../../generated';

export const MyAppealsQuery = graphql(`
  query MyAppeals($first: Int!, $after: String) {
    myAppeals(first: $first, after: $after) {
      nodes {
        ...AppealFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
