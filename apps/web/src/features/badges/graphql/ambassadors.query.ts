import { graphql } from '../../../generated';

export const AmbassadorsQuery = graphql(`
  query Ambassadors($departmentId: ID) {
    ambassadors(departmentId: $departmentId) {
      departmentId
      departmentName
      ambassadors {
        member {
          id
          displayName
          nameReading
          teams {
            id
            name
          }
        }
        specialities
      }
    }
  }
`);
