import { graphql } from '../../../generated';

export const MyContributionReportQuery = graphql(`
  query MyContributionReport($periodId: ID!) {
    myContributionReport(periodId: $periodId) {
      period {
        ...EvaluationPeriodFields
      }
      row {
        memberId
        employeeNumber
        name
        department
        teams
        totalPoints
        categoryPoints {
          category
          label
          points
        }
        postsPublished
        viewsReceived
        reusesReceived
        storiesApproved
        kudosGiven
        kudosReceived
        hoursSaved
        badgesEarned
        departmentRank
        departmentPercentile
        companyRank
        companyPercentile
        score
        evidence {
          sourceType
          sourceId
          title
          link
          points
        }
      }
    }
  }
`);
