import { graphql } from '../../../generated';

export const RemoveBannedTermMutation = graphql(`
  mutation RemoveBannedTerm($id: ID!) {
    removeBannedTerm(id: $id)
  }
`);
