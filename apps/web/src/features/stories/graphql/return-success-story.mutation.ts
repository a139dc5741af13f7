import { graphql } from '../../../generated';

export const ReturnSuccessStoryMutation = graphql(`
  mutation ReturnSuccessStory($id: ID!, $comment: String!) {
    returnSuccessStory(id: $id, comment: $comment) {
      ...StoryDetailFields
    }
  }
`);
