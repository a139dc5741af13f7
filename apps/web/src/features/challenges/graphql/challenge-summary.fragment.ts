import { graphql } from '../../../generated';

export const ChallengeSummaryFieldsFragment = graphql(`
  fragment ChallengeSummaryFields on Challenge {
    id
    title
    metric
    target
    unitType
    scoring
    startsAt
    endsAt
    status
    winnerPoints
  }
`);
