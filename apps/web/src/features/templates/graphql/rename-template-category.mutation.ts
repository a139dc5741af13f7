import { graphql } from '../../../generated';

export const RenameTemplateCategoryMutation = graphql(`
  mutation RenameTemplateCategory($id: ID!, $name: String!) {
    renameTemplateCategory(id: $id, name: $name) {
      id
      name
      sortOrder
    }
  }
`);
