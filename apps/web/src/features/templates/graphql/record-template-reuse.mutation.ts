import { graphql } from '../../../generated';

/** The member copied the filled prompt: counts a reuse (idempotent per key). */
export const RecordTemplateReuseMutation = graphql(`
  mutation RecordTemplateReuse(
    $templateId: ID!
    $idempotencyKey: String!
    $values: [PlaceholderValueInput!]
  ) {
    recordTemplateReuse(templateId: $templateId, idempotencyKey: $idempotencyKey, values: $values) {
      counted
      reuseCount
      colleagueCount
    }
  }
`);
