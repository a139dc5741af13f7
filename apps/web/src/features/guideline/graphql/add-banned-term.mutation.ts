import { graphql } from '../../../generated';

export const AddBannedTermMutation = graphql(`
  mutation AddBannedTerm($term: String!) {
    addBannedTerm(term: $term) {
      id
      term
      createdAt
    }
  }
`);
