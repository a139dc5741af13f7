import { graphql } from '../../../generated';

export const SubmitAppealMutation = graphql(`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      ...AppealFields
    }
  }
`);
