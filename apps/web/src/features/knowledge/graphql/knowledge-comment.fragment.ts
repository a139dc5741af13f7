import { graphql } from '../../../generated';

export const KnowledgeCommentFieldsFragment = graphql(`
  fragment KnowledgeCommentFields on KnowledgeComment {
    id
    postId
    body
    createdAt
    canDelete
    author {
      id
      displayName
    }
  }
`);
