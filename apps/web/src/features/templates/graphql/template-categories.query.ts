import { graphql } from '../../../generated';

export const TemplateCategoriesQuery = graphql(`
  query TemplateCategories {
    templateCategories {
      id
      name
      sortOrder
    }
  }
`);
