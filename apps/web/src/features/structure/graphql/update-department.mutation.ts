import { graphql } from '../../../generated';

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      id
      name
      parentId
      memberCount
    }
  }
`);
