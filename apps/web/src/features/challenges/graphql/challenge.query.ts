import { graphql } from '../../../generated';

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      ...ChallengeSummaryFields
      description
      closedAt
      canEdit
      canCancel
      standings {
        ...ChallengeStandingFields
      }
    }
  }
`);
