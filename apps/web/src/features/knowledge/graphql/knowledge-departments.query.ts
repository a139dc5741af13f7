import { graphql } from '../../../generated';

export const KnowledgeDepartmentsQuery = graphql(`
  query KnowledgeDepartments {
    departments {
      id
      name
      parentId
    }
  }
`);
