import { graphql } from '../../../generated';

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($id: ID!, $input: TeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      departmentId
      memberCount
    }
  }
`);
