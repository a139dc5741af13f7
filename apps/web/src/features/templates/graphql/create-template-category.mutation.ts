import { graphql } from '../../../generated';

export const CreateTemplateCategoryMutation = graphql(`
  mutation CreateTemplateCategory($name: String!) {
    createTemplateCategory(name: $name) {
      id
      name
      sortOrder
    }
  }
`);
