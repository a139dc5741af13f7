import { graphql } from '../../../generated';

export const WithdrawAppealMutation = graphql(`
  mutation WithdrawAppeal($id: ID!) {
    withdrawAppeal(id: $id) {
      ...AppealFields
    }
  }
`);
