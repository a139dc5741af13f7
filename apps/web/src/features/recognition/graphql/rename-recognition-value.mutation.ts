import { graphql } from '../../../generated';

export const RenameRecognitionValueMutation = graphql(`
  mutation RenameRecognitionValue($id: ID!, $label: String!, $labelEn: String) {
    renameRecognitionValue(id: $id, label: $label, labelEn: $labelEn) {
      id
      label
      labelEn
      position
      archived
    }
  }
`);
