import { graphql } from '../../../generated';

export const CreateKnowledgePostMutation = graphql(`
  mutation CreateKnowledgePost($input: CreateKnowledgePostInput!) {
    createKnowledgePost(input: $input) {
      ...KnowledgePostDetailFields
    }
  }
`);
