import { graphql } from '../../../generated';

export const UpdateKnowledgePostMutation = graphql(`
  mutation UpdateKnowledgePost(
    $id: ID!
    $input: UpdateKnowledgePostInput!
    $confirmFlags: Boolean! = false
  ) {
    updateKnowledgePost(id: $id, input: $input, confirmFlags: $confirmFlags) {
      ...KnowledgePostDetailFields
    }
  }
`);
