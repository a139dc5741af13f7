import { graphql } from '../../../generated';

export const MyBadgesQuery = graphql(`
  query MyBadges {
    myBadges {
      ...BadgeProgressFields
    }
  }
`);
