import { graphql } from '../../../generated';

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      id
      active
    }
  }
`);
