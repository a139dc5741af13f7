import { graphql } from '../../../generated';

export const LockEvaluationPeriodMutation = graphql(`
  mutation LockEvaluationPeriod($id: ID!) {
    lockEvaluationPeriod(id: $id) {
      ...EvaluationPeriodFields
    }
  }
`);
