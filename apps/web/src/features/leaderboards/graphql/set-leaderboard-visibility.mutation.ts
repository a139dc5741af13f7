import { graphql } from '../../../generated';

export const SetLeaderboardVisibilityMutation = graphql(`
  mutation SetLeaderboardVisibility($hidden: Boolean!) {
    setLeaderboardVisibility(hidden: $hidden) {
      hidden
    }
  }
`);
