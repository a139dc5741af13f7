import { graphql } from '../../../generated';

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      slug
      name
      timeZone
      fiscalYearStartMonth
      locale
    }
  }
`);
