import { graphql } from '../../../generated';

export const UpdateMySpecialitiesMutation = graphql(`
  mutation UpdateMySpecialities($tags: [String!]!) {
    updateMySpecialities(tags: $tags)
  }
`);
