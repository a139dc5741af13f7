import { graphql } from '../../../generated';

export const SetRecognitionValueArchivedMutation = graphql(`
  mutation SetRecognitionValueArchived($id: ID!, $archived: Boolean!) {
    setRecognitionValueArchived(id: $id, archived: $archived) {
      id
      archived
    }
  }
`);
