import { graphql } from '../../../generated';

export const KnowledgePostDetailFieldsFragment = graphql(`
  fragment KnowledgePostDetailFields on KnowledgePost {
    id
    title
    bodyMarkdown
    status
    tags
    needsReview
    reviewBy
    lastReviewedAt
    viewCount
    likeCount
    likedByMe
    commentCount
    revisionCount
    canEdit
    createdAt
    updatedAt
    publishedAt
    author {
      id
      displayName
      active
    }
    owner {
      id
      displayName
      active
    }
    department {
      id
      name
      parent {
        id
        name
      }
    }
  }
`);
