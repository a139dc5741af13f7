import { graphql } from '../../../generated';

export const ArchiveTemplateMutation = graphql(`
  mutation ArchiveTemplate($id: ID!) {
    archiveTemplate(id: $id) {
      ...TemplateDetailFields
    }
  }
`);
