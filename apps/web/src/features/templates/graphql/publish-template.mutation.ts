import { graphql } from '../../../generated';

export const PublishTemplateMutation = graphql(`
  mutation PublishTemplate($id: ID!, $confirmFlags: Boolean! = false) {
    publishTemplate(id: $id, confirmFlags: $confirmFlags) {
      ...TemplateDetailFields
    }
  }
`);
