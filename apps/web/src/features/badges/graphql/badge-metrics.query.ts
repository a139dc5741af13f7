import { graphql } from '../../../generated';

export const BadgeMetricsQuery = graphql(`
  query BadgeMetrics {
    badgeMetrics {
      key
      label
      periods
      yesNo
    }
  }
`);
