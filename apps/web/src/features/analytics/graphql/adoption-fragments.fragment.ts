import { graphql } from '../../../generated';

export const AdoptionTopTemplateFieldsFragment = graphql(`
  fragment AdoptionTopTemplateFields on AdoptionTopTemplate {
    templateId
    title
    authorId
    authorName
    reuses
    hoursSavedPerMonth
    hoursSaved
  }
`);

export const AdoptionContentItemFieldsFragment = graphql(`
  fragment AdoptionContentItemFields on AdoptionContentItem {
    postId
    title
    ownerId
    ownerName
    departmentId
    publishedAt
    reviewBy
    lastViewedOn
  }
`);
