import { graphql } from '../../../generated';

export const ChallengeUnitOptionsQuery = graphql(`
  query ChallengeUnitOptions {
    departments {
      id
      name
    }
    teams {
      id
      name
    }
  }
`);
