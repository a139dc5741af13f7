import { graphql } from '../../../generated';

export const LikeKnowledgePostMutation = graphql(`
  mutation LikeKnowledgePost($id: ID!, $idempotencyKey: String!) {
    likeKnowledgePost(id: $id, idempotencyKey: $idempotencyKey) {
      id
      likeCount
      likedByMe
    }
  }
`);
