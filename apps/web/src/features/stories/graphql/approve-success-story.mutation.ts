import { graphql } from '../../../generated';

export const ApproveSuccessStoryMutation = graphql(`
  mutation ApproveSuccessStory($id: ID!, $comment: String) {
    approveSuccessStory(id: $id, comment: $comment) {
      ...StoryDetailFields
    }
  }
`);
