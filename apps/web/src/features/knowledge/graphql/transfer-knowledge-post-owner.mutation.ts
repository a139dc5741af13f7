import { graphql } from '../../../generated';

export const TransferKnowledgePostOwnerMutation = graphql(`
  mutation TransferKnowledgePostOwner($id: ID!, $ownerId: ID!) {
    transferKnowledgePostOwner(id: $id, ownerId: $ownerId) {
      ...KnowledgePostDetailFields
    }
  }
`);
