import { graphql } from '../../../generated';

export const CustomBadgesQuery = graphql(`
  query CustomBadges {
    badges {
      id
      name
      description
      custom
      metric
      metricLabel
      period
      levels {
        threshold
        points
      }
    }
  }
`);
