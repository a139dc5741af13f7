import { graphql } from '../../../generated';

export const AwardBadgeMutation = graphql(`
  mutation AwardBadge($memberId: ID!, $badgeId: ID!, $reason: String!, $tier: BadgeTier) {
    awardBadge(memberId: $memberId, badgeId: $badgeId, reason: $reason, tier: $tier) {
      id
      name
      memberId
    }
  }
`);
