import { graphql } from '../../../generated';

export const BadgeCatalogQuery = graphql(`
  query BadgeCatalog {
    badges {
      id
      name
      manualOnly
      levels {
        tier
      }
    }
  }
`);
