import { graphql } from '../../../generated';

export const PointHistoryEntryFieldsFragment = graphql(`
  fragment PointHistoryEntryFields on PointHistoryEntry {
    id
    points
    kind
    category
    description
    occurredAt
    sourceType
    sourceId
    reversesEntryId
    reason
    ruleVersion
  }
`);
