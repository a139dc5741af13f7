import { graphql } from '../../../generated';

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
      parentId
      memberCount
    }
  }
`);
