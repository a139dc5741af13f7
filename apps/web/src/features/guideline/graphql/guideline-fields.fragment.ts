import { graphql } from '../../../generated';

export const GuidelineFieldsFragment = graphql(`
  fragment GuidelineFields on Guideline {
    version
    recommendedUses
    neverInput
    finalCheck
    publishedAt
    needsAcknowledgement
  }
`);
