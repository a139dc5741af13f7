import { graphql } from '../../../generated';

export const ConfirmKnowledgeReviewMutation = graphql(`
  mutation ConfirmKnowledgeReview($id: ID!, $idempotencyKey: String!) {
    confirmKnowledgeReview(id: $id, idempotencyKey: $idempotencyKey) {
      ...KnowledgePostDetailFields
    }
  }
`);
