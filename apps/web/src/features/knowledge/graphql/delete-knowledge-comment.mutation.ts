import { graphql } from '../../../generated';

export const DeleteKnowledgeCommentMutation = graphql(`
  mutation DeleteKnowledgeComment($id: ID!) {
    deleteKnowledgeComment(id: $id) {
      id
      commentCount
    }
  }
`);
