import { graphql } from '../../../generated';

export const DeleteTemplateCategoryMutation = graphql(`
  mutation DeleteTemplateCategory($id: ID!) {
    deleteTemplateCategory(id: $id)
  }
`);
