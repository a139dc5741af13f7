import { graphql } from '../../../generated';

export const ResolveAppealMutation = graphql(`
  mutation ResolveAppeal($input: ResolveAppealInput!) {
    resolveAppeal(input: $input) {
      ...AppealFields
    }
  }
`);
