import { graphql } from '../../../generated';

export const GuidelineQuery = graphql(`
  query Guideline {
    guideline {
      ...GuidelineFields
    }
  }
`);
