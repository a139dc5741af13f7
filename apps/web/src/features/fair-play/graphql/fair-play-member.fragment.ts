import { graphql } from '../../../generated';

export const FairPlayMemberFieldsFragment = graphql(`
  fragment FairPlayMemberFields on Member {
    id
    displayName
    department {
      id
      name
    }
  }
`);
