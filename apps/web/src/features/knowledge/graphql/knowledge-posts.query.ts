import { graphql } from '../../../generated';

export const KnowledgePostsQuery = graphql(`
  query KnowledgePosts($filter: KnowledgePostFilter, $first: Int!, $after: String) {
    knowledgePosts(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...KnowledgePostCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
