import { graphql } from '../../../generated';

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      id
      active
    }
  }
`);
