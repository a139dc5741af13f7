import { graphql } from '../../../generated';

export const LeaderboardSettingsQuery = graphql(`
  query LeaderboardSettings {
    leaderboardSettings {
      staffVisibleTopN
    }
  }
`);
