import { graphql } from '../../../generated';

export const PointRuleSetFieldsFragment = graphql(`
  fragment PointRuleSetFields on PointRuleSetModel {
    version
    rules {
      kind
      label
      category
      points
      dailyCap
    }
  }
`);
