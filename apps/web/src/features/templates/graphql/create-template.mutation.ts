import { graphql } from '../../../generated';

export const CreateTemplateMutation = graphql(`
  mutation CreateTemplate($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      ...TemplateDetailFields
    }
  }
`);
