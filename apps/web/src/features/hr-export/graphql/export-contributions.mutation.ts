import { graphql } from '../../../generated';

export const ExportContributionsMutation = graphql(`
  mutation ExportContributions($input: ExportContributionsInput!) {
    exportContributions(input: $input) {
      ...ContributionExportFields
    }
  }
`);
