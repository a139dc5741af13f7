import { graphql } from '../../../generated';

export const UpdateTemplateMutation = graphql(`
  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!, $confirmFlags: Boolean! = false) {
    updateTemplate(id: $id, input: $input, confirmFlags: $confirmFlags) {
      ...TemplateDetailFields
    }
  }
`);
