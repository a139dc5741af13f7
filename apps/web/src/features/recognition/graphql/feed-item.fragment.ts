import { graphql } from '../../../generated';

export const FeedItemFieldsFragment = graphql(`
  fragment FeedItemFields on FeedItem {
    id
    type
    createdAt
    actor {
      ...FeedMemberFields
    }
    subject {
      ...FeedMemberFields
    }
    kudos {
      id
      message
      valueLabel
      valueLabelEn
      points
    }
    badge {
      code
      name
      nameEn
      tier
      points
    }
    story {
      id
      title
    }
    challenge {
      id
      title
      winners {
        unitType
        unitId
        name
      }
    }
    templateMilestone {
      templateId
      title
      reuses
    }
    reactions {
      emoji
      count
      reactedByMe
    }
    commentCount
    comments(last: 3) {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);
