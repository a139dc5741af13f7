import { graphql } from '../../../generated';

export const KnowledgeOwnerCandidatesQuery = graphql(`
  query KnowledgeOwnerCandidates($search: String, $first: Int!) {
    members(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          displayName
          nameReading
          department {
            id
            name
          }
        }
      }
    }
  }
`);
