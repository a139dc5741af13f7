import { graphql } from '../../../generated';

export const FeedItemCommentsQuery = graphql(`
  query FeedItemComments($id: ID!, $last: Int!) {
    feedItem(id: $id) {
      id
      commentCount
      comments(last: $last) {
        id
        body
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);
