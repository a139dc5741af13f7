import { graphql } from '../../../generated';

export const CancelChallengeMutation = graphql(`
  mutation CancelChallenge($id: ID!) {
    cancelChallenge(id: $id) {
      id
      status
      canEdit
      canCancel
    }
  }
`);
