import { graphql } from '../../../generated';

export const MemberFormOptionsQuery = graphql(`
  query MemberFormOptions {
    departments {
      id
      name
      parentId
    }
    teams {
      id
      name
      departmentId
    }
  }
`);
