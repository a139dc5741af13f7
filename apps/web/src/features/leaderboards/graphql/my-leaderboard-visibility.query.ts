import { graphql } from '../../../generated';

export const MyLeaderboardVisibilityQuery = graphql(`
  query MyLeaderboardVisibility {
    myLeaderboardVisibility {
      hidden
    }
  }
`);
