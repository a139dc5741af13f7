import { graphql } from '../../../generated';

export const EvaluationPeriodFieldsFragment = graphql(`
  fragment EvaluationPeriodFields on EvaluationPeriod {
    id
    name
    firstDay
    lastDay
    kind
    presetKey
    status
    lockedAt
    createdAt
  }
`);
