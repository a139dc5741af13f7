import { graphql } from '../../../generated';

export const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organization {
      id
      slug
      name
      timeZone
      fiscalYearStartMonth
      locale
    }
  }
`);
