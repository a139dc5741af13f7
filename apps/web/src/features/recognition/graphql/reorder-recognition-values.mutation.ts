import { graphql } from '../../../generated';

export const ReorderRecognitionValuesMutation = graphql(`
  mutation ReorderRecognitionValues($ids: [ID!]!) {
    reorderRecognitionValues(ids: $ids) {
      id
      position
    }
  }
`);
