import { graphql } from '../../../generated';

export const KnowledgeTagsQuery = graphql(`
  query KnowledgeTags {
    knowledgeTags {
      tag
      count
    }
  }
`);
