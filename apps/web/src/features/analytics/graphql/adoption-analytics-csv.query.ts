import { graphql } from '../../../generated';

export const AdoptionAnalyticsCsvQuery = graphql(`
  query AdoptionAnalyticsCsv($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {
    adoptionAnalyticsCsv(input: $input, chart: $chart) {
      filename
      content
    }
  }
`);
