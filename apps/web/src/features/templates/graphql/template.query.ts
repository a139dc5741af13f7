import { graphql } from '../../../generated';

export const TemplateQuery = graphql(`
  query Template($id: ID!) {
    template(id: $id) {
      ...TemplateDetailFields
    }
  }
`);
