import { graphql } from '../../../generated';

/** Full-text search over published templates, for choosing one by a word of its title or body. */
export const TemplateOptionSearchQuery = graphql(`
  query TemplateOptionSearch($query: String!) {
    search(query: $query, types: [TEMPLATE], first: 20) {
      hits {
        id
        title
      }
    }
  }
`);
