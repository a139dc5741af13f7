import { graphql } from '../../../generated';

export const WithdrawSuccessStoryMutation = graphql(`
  mutation WithdrawSuccessStory($id: ID!) {
    withdrawSuccessStory(id: $id) {
      ...StoryDetailFields
    }
  }
`);
