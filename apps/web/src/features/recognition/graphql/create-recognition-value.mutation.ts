import { graphql } from '../../../generated';

export const CreateRecognitionValueMutation = graphql(`
  mutation CreateRecognitionValue($label: String!, $labelEn: String) {
    createRecognitionValue(label: $label, labelEn: $labelEn) {
      id
      label
      labelEn
      position
      archived
    }
  }
`);
