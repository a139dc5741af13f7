import { graphql } from '../../../generated';

export const FeedMemberFieldsFragment = graphql(`
  fragment FeedMemberFields on Member {
    id
    displayName
    departmentId
  }
`);
