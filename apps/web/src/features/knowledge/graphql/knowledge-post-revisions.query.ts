import { graphql } from '../../../generated';

export const KnowledgePostRevisionsQuery = graphql(`
  query KnowledgePostRevisions($postId: ID!, $first: Int!, $after: String) {
    knowledgePostRevisions(postId: $postId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          postId
          title
          bodyMarkdown
          tags
          changedFields
          createdAt
          editor {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
