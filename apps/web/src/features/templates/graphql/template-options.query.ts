import { graphql } from '../../../generated';

/** Published templates as choices (most used first), e.g. for a story's "templates used". */
export const TemplateOptionsQuery = graphql(`
  query TemplateOptions($first: Int!) {
    templates(orderBy: MOST_REUSED, first: $first) {
      edges {
        node {
          id
          title
          category {
            id
            name
          }
        }
      }
    }
  }
`);
