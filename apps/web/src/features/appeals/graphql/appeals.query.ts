import { graphql } from '../../../generated';

export const AppealsQuery = graphql(`
  query Appeals($status: AppealStatus, $first: Int!, $after: String) {
    appeals(status: $status, first: $first, after: $after) {
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
