import { graphql } from '../../../generated';

export const MySpecialitiesQuery = graphql(`
  query MySpecialities {
    mySpecialities
  }
`);
