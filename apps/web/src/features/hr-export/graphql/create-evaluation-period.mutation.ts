import { graphql } from '../../../generated';

export const CreateEvaluationPeriodMutation = graphql(`
  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {
    createEvaluationPeriod(input: $input) {
      ...EvaluationPeriodFields
    }
  }
`);
