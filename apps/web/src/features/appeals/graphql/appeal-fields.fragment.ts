import { graphql } from '../../../generated';

export const AppealFieldsFragment = graphql(`
  fragment AppealFields on Appeal {
    id
    memberId
    memberName
    status
    subjectType
    entry {
      id
      kind
      points
      sourceType
      sourceId
      occurredAt
      reversesEntryId
      reason
      reversed
    }
    issue
    kind
    sourceReference
    occurredOn
    reason
    outcome
    points
    resolutionReason
    resolvedAt
    resultEntryId
    createdAt
    events {
      id
      action
      actorName
      outcome
      points
      reason
      createdAt
    }
  }
`);
