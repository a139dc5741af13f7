import { graphql } from '../../../generated';

export const EvaluationPeriodsQuery = graphql(`
  query EvaluationPeriods {
    evaluationPeriods {
      periods {
        ...EvaluationPeriodFields
      }
      availablePresets {
        key
        name
        firstDay
        lastDay
      }
    }
  }
`);
