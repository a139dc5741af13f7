import { graphql } from '../../../generated';

export const PublishKnowledgePostMutation = graphql(`
  mutation PublishKnowledgePost($id: ID!, $confirmFlags: Boolean! = false) {
    publishKnowledgePost(id: $id, confirmFlags: $confirmFlags) {
      ...KnowledgePostDetailFields
    }
  }
`);
