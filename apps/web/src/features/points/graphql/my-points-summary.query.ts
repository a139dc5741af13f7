import { graphql } from '../../../generated';

export const MyPointsSummaryQuery = graphql(`
  query MyPointsSummary {
    myPoints {
      totals {
        kind
        key
        label
        points
      }
      level {
        key
        name
        minPoints
        nextName
        pointsToNext
        progress
      }
    }
  }
`);
