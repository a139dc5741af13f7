import { graphql } from '../../../generated';

export const AdoptionAnalyticsQuery = graphql(`
  query AdoptionAnalytics($input: AdoptionAnalyticsInput!) {
    adoptionAnalytics(input: $input) {
      from
      to
      departmentIds
      activeRate {
        activeMembers
        members
        rate
      }
      departments {
        departmentId
        name
        activeMembers
        members
        rate
      }
      weeklyTrend {
        periodKey
        firstDay
        lastDay
        activeMembers
        members
        rate
      }
      monthlyTrend {
        periodKey
        firstDay
        lastDay
        activeMembers
        members
        rate
      }
      contributionsByWeek {
        week
        firstDay
        posts
        templates
        stories
        reuses
        reviews
        kudos
      }
      hoursSavedByMonth {
        month
        hoursSaved
        cumulativeHours
      }
      totalHoursSaved
      topTemplatesByReuses {
        ...AdoptionTopTemplateFields
      }
      topTemplatesByHoursSaved {
        ...AdoptionTopTemplateFields
      }
      topContributors {
        memberId
        name
        departmentId
        points
      }
      deadContent {
        ...AdoptionContentItemFields
      }
      deadContentCount
      staleContent {
        ...AdoptionContentItemFields
      }
      staleContentCount
      departmentComparison {
        departmentId
        name
        activeMembers
        members
        rate
        posts
        reuses
        hoursSaved
        points
      }
    }
  }
`);
