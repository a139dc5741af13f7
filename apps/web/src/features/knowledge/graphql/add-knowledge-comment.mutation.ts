import { graphql } from '../../../generated';

export const AddKnowledgeCommentMutation = graphql(`
  mutation AddKnowledgeComment($postId: ID!, $body: String!) {
    addKnowledgeComment(postId: $postId, body: $body) {
      ...KnowledgeCommentFields
    }
  }
`);
