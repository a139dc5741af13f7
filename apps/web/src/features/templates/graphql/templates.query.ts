import { graphql } from '../../../generated';

export const TemplatesQuery = graphql(`
  query Templates(
    $filter: TemplateFilter
    $orderBy: TemplateOrderBy!
    $first: Int!
    $after: String
  ) {
    templates(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...TemplateCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
