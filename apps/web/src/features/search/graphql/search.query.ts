import { graphql } from '../../../generated';

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $types: [SearchDocType!]
    $tag: String
    $departmentId: ID
    $first: Int!
    $after: String
  ) {
    search(
      query: $query
      types: $types
      tag: $tag
      departmentId: $departmentId
      first: $first
      after: $after
    ) {
      totalCount
      hits {
        type
        id
        title
        titleHighlights {
          start
          end
        }
        snippet {
          text
          highlights {
            start
            end
          }
        }
        tags
        score
        popularity
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
