import { graphql } from '../../../generated';

export const UpdateSuccessStoryMutation = graphql(`
  mutation UpdateSuccessStory($id: ID!, $input: SuccessStoryInput!) {
    updateSuccessStory(id: $id, input: $input) {
      ...StoryDetailFields
    }
  }
`);
