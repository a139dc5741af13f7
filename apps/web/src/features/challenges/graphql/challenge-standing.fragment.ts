import { graphql } from '../../../generated';

export const ChallengeStandingFieldsFragment = graphql(`
  fragment ChallengeStandingFields on ChallengeStanding {
    rank
    value
    total
    headcount
    progress
    isMine
    winner
    team {
      id
      name
    }
    department {
      id
      name
    }
  }
`);
