import { graphql } from '../../../generated';

export const ReactToFeedItemMutation = graphql(`
  mutation ReactToFeedItem($itemId: ID!, $emoji: String!) {
    reactToFeedItem(itemId: $itemId, emoji: $emoji) {
      id
      reactions {
        emoji
        count
        reactedByMe
      }
    }
  }
`);
