import { graphql } from '../../../generated';

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      locale
    }
  }
`);
