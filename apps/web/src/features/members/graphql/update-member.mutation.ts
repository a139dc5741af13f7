import { graphql } from '../../../generated';

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberListFields
    }
  }
`);
