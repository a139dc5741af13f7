import { graphql } from '../../../generated';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    createdAt
    read
    actor {
      id
      displayName
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
      comment
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
    appeal {
      appealId
      outcome
      points
    }
  }
`);
