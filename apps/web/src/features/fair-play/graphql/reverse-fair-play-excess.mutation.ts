import { graphql } from '../../../generated';

export const ReverseFairPlayExcessMutation = graphql(`
  mutation ReverseFairPlayExcess($input: ReverseFairPlayExcessInput!) {
    reverseFairPlayExcess(input: $input) {
      id
      groupId
      entriesReversed
      pointsReversed
    }
  }
`);
