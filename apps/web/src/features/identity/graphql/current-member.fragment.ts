import { graphql } from '../../../generated';

export const CurrentMemberFieldsFragment = graphql(`
  fragment CurrentMemberFields on Member {
    id
    email
    displayName
    nameReading
    employeeNumber
    department {
      id
      name
      parent {
        id
        name
      }
    }
    teams {
      id
      name
    }
    roles
    active
    joinedOn
    locale
    organization {
      id
      name
      locale
    }
  }
`);
