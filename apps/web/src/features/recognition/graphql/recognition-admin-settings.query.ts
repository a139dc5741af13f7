import { graphql } from '../../../generated';

export const RecognitionAdminSettingsQuery = graphql(`
  query RecognitionAdminSettings {
    recognitionValues(includeArchived: true) {
      id
      label
      labelEn
      position
      archived
    }
    recognitionSettings {
      monthlyKudosBudget
    }
  }
`);
