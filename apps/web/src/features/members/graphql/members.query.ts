import { graphql } from '../../../generated';

export const MembersQuery = graphql(`
  query Members($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MemberListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
