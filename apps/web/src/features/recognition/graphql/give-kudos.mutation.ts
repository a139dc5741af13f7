import { graphql } from '../../../generated';

export const GiveKudosMutation = graphql(`
  mutation GiveKudos($input: GiveKudosInput!) {
    giveKudos(input: $input) {
      id
      points
      receiver {
        id
        displayName
      }
    }
  }
`);
