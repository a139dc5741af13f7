import { graphql } from '../../../generated';

/** Copies a template as the viewer's draft; the key makes a retried click one fork. */
export const ForkTemplateMutation = graphql(`
  mutation ForkTemplate($id: ID!, $idempotencyKey: String!) {
    forkTemplate(id: $id, idempotencyKey: $idempotencyKey) {
      ...TemplateDetailFields
    }
  }
`);
