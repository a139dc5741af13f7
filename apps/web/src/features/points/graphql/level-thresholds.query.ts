import { graphql } from '../../../generated';

export const LevelThresholdsQuery = graphql(`
  query LevelThresholds {
    levelThresholds {
      key
      name
      minPoints
    }
  }
`);
