import { graphql } from '../../../generated';

export const UnpublishKnowledgePostMutation = graphql(`
  mutation UnpublishKnowledgePost($id: ID!) {
    unpublishKnowledgePost(id: $id) {
      ...KnowledgePostDetailFields
    }
  }
`);
