import { graphql } from '../../../generated';

export const CreateBadgeMutation = graphql(`
  mutation CreateBadge($input: CreateBadgeInput!) {
    createBadge(input: $input) {
      id
      name
    }
  }
`);
