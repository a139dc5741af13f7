import { graphql } from '../../../generated';

export const KnowledgeCommentsQuery = graphql(`
  query KnowledgeComments($id: ID!, $first: Int!, $after: String) {
    knowledgePost(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...KnowledgeCommentFields
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
