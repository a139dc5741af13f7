import { graphql } from '../../../generated';

export const UnlikeKnowledgePostMutation = graphql(`
  mutation UnlikeKnowledgePost($id: ID!) {
    unlikeKnowledgePost(id: $id) {
      id
      likeCount
      likedByMe
    }
  }
`);
