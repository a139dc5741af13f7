import { graphql } from '../../../generated';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: TeamInput!) {
    createTeam(input: $input) {
      id
      name
      departmentId
      memberCount
    }
  }
`);
