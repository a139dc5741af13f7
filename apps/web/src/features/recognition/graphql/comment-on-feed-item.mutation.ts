import { graphql } from '../../../generated';

export const CommentOnFeedItemMutation = graphql(`
  mutation CommentOnFeedItem($itemId: ID!, $body: String!) {
    commentOnFeedItem(itemId: $itemId, body: $body) {
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
