import { graphql } from '../../../generated';

export const LeaderboardQuery = graphql(`
  query Leaderboard($input: LeaderboardInput!) {
    leaderboard(input: $input) {
      subject
      period
      scope
      periodKey
      totalRanked
      visibleTopN
      entries {
        ...LeaderboardEntryFields
      }
      me {
        ...LeaderboardEntryFields
      }
    }
  }
`);
