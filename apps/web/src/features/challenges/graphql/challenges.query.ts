import { graphql } from '../../../generated';

export const ChallengesQuery = graphql(`
  query Challenges($status: ChallengeStatus!, $first: Int!, $after: String) {
    challenges(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ChallengeSummaryFields
          standings {
            ...ChallengeStandingFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
