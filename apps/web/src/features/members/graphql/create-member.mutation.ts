import { graphql } from '../../../generated';

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      member {
        ...MemberListFields
      }
      temporaryPassword
    }
  }
`);
