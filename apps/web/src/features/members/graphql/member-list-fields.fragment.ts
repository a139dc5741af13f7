import { graphql } from '../../../generated';

export const MemberListFieldsFragment = graphql(`
  fragment MemberListFields on Member {
    id
    email
    displayName
    nameReading
    employeeNumber
    departmentId
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
  }
`);
