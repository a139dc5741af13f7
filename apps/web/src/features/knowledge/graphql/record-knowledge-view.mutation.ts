import { graphql } from '../../../generated';

export const RecordKnowledgeViewMutation = graphql(`
  mutation RecordKnowledgeView($postId: ID!, $idempotencyKey: String!) {
    recordView(postId: $postId, idempotencyKey: $idempotencyKey) {
      counted
      viewCount
    }
  }
`);
