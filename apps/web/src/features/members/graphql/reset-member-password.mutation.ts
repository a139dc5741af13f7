import { graphql } from '../../../generated';

export const ResetMemberPasswordMutation = graphql(`
  mutation ResetMemberPassword($id: ID!) {
    resetMemberPassword(id: $id)
  }
`);
