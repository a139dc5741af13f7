import { graphql } from '../../../generated';

export const CreateChallengeMutation = graphql(`
  mutation CreateChallenge($input: ChallengeInput!) {
    createChallenge(input: $input) {
      ...ChallengeSummaryFields
    }
  }
`);
