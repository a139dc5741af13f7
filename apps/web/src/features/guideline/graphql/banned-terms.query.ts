import { graphql } from '../../../generated';

export const BannedTermsQuery = graphql(`
  query BannedTerms {
    bannedTerms {
      id
      term
      createdAt
    }
  }
`);
