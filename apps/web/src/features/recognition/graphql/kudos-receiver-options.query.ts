import { graphql } from '../../../generated';

export const KudosReceiverOptionsQuery = graphql(`
  query KudosReceiverOptions($search: String, $first: Int!) {
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
