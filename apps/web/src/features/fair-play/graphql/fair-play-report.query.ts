import { graphql } from '../../../generated';

export const FairPlayReportQuery = graphql(`
  query FairPlayReport($input: FairPlayReportInput!) {
    fairPlayReport(input: $input) {
      from
      to
      kinds
      norm {
        pairs
        members
        median
        mad
        allowance
        analysed
      }
      groups {
        id
        kind
        members {
          ...FairPlayMemberFields
        }
        edges {
          actor {
            ...FairPlayMemberFields
          }
          earner {
            ...FairPlayMemberFields
          }
          count
          points
          share
          heavy
          excessCount
          excessPoints
          byKind {
            kind
            count
            points
          }
        }
        totalCount
        totalPoints
        excessCount
        excessPoints
        reversedPoints
        pendingPoints
        alreadyReversed
        reversals {
          id
          reason
          entriesReversed
          pointsReversed
          createdAt
          reversedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);
