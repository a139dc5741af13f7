import { graphql } from '../../../generated';

export const PointRulesQuery = graphql(`
  query PointRules {
    pointRules {
      ...PointRuleSetFields
    }
  }
`);
