import { graphql } from '../../../generated';

export const SubmitSuccessStoryMutation = graphql(`
  mutation SubmitSuccessStory($id: ID!, $confirmFlags: Boolean! = false) {
    submitSuccessStory(id: $id, confirmFlags: $confirmFlags) {
      ...StoryDetailFields
    }
  }
`);
