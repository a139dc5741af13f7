import { graphql } from '../../../generated';

export const FeedItemAddedSubscription = graphql(`
  subscription FeedItemAdded {
    feedItemAdded {
      ...FeedItemFields
    }
  }
`);
