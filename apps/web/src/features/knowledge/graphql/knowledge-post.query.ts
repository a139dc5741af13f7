import { graphql } from '../../../generated';

export const KnowledgePostQuery = graphql(`
  query KnowledgePost($id: ID!) {
    knowledgePost(id: $id) {
      ...KnowledgePostDetailFields
    }
  }
`);
