import { graphql } from '../../../generated';

export const ExportMyContributionReportMutation = graphql(`
  mutation ExportMyContributionReport($periodId: ID!, $format: String!) {
    exportMyContributionReport(periodId: $periodId, format: $format) {
      ...ContributionExportFields
    }
  }
`);
