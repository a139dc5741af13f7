import { graphql } from '../../../generated';

export const BadgeProgressFieldsFragment = graphql(`
  fragment BadgeProgressFields on BadgeProgress {
    badge {
      id
      name
      description
      metricLabel
      manualOnly
      levels {
        tier
        threshold
        points
      }
    }
    value
    earned {
      id
      tier
      name
      points
      reason
      awardedAt
    }
    nextTier
    nextThreshold
    remaining
    complete
    message
  }
`);
