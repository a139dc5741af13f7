import { graphql } from '../../../generated';

export const RecognitionValuesQuery = graphql(`
  query RecognitionValues {
    recognitionValues {
      id
      label
      labelEn
      position
    }
  }
`);
