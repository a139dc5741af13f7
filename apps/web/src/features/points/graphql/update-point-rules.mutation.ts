import { graphql } from '../../../generated';

export const UpdatePointRulesMutation = graphql(`
  mutation UpdatePointRules($input: [PointRuleInput!]!) {
    updatePointRules(input: $input) {
      ...PointRuleSetFields
    }
  }
`);
