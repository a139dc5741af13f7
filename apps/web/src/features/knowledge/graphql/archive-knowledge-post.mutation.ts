import { graphql } from '../../../generated';

export const ArchiveKnowledgePostMutation = graphql(`
  mutation ArchiveKnowledgePost($id: ID!) {
    archiveKnowledgePost(id: $id) {
      ...KnowledgePostDetailFields
    }
  }
`);
