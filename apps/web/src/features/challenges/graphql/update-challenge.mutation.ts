import { graphql } from '../../../generated';

export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      ...ChallengeSummaryFields
      description
      canEdit
      canCancel
    }
  }
`);
