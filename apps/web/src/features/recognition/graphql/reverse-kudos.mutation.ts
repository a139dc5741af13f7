import { graphql } from '../../../generated';

export const ReverseKudosMutation = graphql(`
  mutation ReverseKudos($id: ID!, $reason: String!) {
    reverseKudos(id: $id, reason: $reason) {
      id
      reversedAt
    }
  }
`);
