import { graphql } from '../../../generated';

export const ExportAuditLogQuery = graphql(`
  query ExportAuditLog($first: Int!, $after: String) {
    exportAuditLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          actorName
          actorKind
          scope
          periodName
          filtersJson
          format
          rowCount
          sha256
          outcome
          reason
          createdAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
