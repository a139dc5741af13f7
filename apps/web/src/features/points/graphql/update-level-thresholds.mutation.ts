import { graphql } from '../../../generated';

export const UpdateLevelThresholdsMutation = graphql(`
  mutation UpdateLevelThresholds($minPoints: [Int!]!) {
    updateLevelThresholds(minPoints: $minPoints) {
      key
      name
      minPoints
    }
  }
`);
