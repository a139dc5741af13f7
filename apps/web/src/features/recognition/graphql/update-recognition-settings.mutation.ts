import { graphql } from '../../../generated';

export const UpdateRecognitionSettingsMutation = graphql(`
  mutation UpdateRecognitionSettings($monthlyKudosBudget: Int!) {
    updateRecognitionSettings(monthlyKudosBudget: $monthlyKudosBudget) {
      monthlyKudosBudget
    }
  }
`);
