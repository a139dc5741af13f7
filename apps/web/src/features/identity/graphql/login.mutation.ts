import { graphql } from '../../../generated';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...CurrentMemberFields
    }
  }
`);
