import { graphql } from '../../../generated';

export const StructureQuery = graphql(`
  query Structure {
    departments {
      id
      name
      parentId
      memberCount
      children {
        id
        name
        parentId
        memberCount
      }
    }
    teams {
      id
      name
      departmentId
      memberCount
    }
  }
`);
