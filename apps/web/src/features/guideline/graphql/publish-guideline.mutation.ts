import { graphql } from '../../../generated';

export const PublishGuidelineMutation = graphql(`
  mutation PublishGuideline($input: GuidelineInput!) {
    publishGuideline(input: $input) {
      ...GuidelineFields
    }
  }
`);
