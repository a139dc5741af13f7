import { graphql } from '../../../generated';

export const MyHoursSavedQuery = graphql(`
  query MyHoursSaved {
    me {
      id
      hoursSavedPerMonth
    }
  }
`);
