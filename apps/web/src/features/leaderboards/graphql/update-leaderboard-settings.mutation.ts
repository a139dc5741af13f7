import { graphql } from '../../../generated';

export const UpdateLeaderboardSettingsMutation = graphql(`
  mutation UpdateLeaderboardSettings($input: LeaderboardSettingsInput!) {
    updateLeaderboardSettings(input: $input) {
      staffVisibleTopN
    }
  }
`);
