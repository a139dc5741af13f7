import { graphql } from '../../../generated';

export const KnowledgePostCardFieldsFragment = graphql(`
  fragment KnowledgePostCardFields on KnowledgePost {
    id
    title
    status
    tags
    needsReview
    viewCount
    likeCount
    commentCount
    updatedAt
    publishedAt
    reviewBy
    author {
      id
      displayName
    }
    department {
      id
      name
    }
  }
`);
