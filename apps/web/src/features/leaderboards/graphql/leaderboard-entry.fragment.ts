import { graphql } from '../../../generated';

export const LeaderboardEntryFieldsFragment = graphql(`
  fragment LeaderboardEntryFields on LeaderboardEntry {
    rank
    points
    isMe
    member {
      id
      displayName
      department {
        id
        name
      }
    }
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
