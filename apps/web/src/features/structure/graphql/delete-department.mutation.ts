import { graphql } from '../../../generated';

export const DeleteDepartmentMutation = graphql(`
  mutation DeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);
