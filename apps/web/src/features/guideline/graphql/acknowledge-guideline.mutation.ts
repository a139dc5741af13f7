import { graphql } from '../../../generated';

export const AcknowledgeGuidelineMutation = graphql(`
  mutation AcknowledgeGuideline($version: Int!) {
    acknowledgeGuideline(version: $version) {
      ...GuidelineFields
    }
  }
`);
