import { graphql } from '../../../generated';

export const CreateSuccessStoryMutation = graphql(`
  mutation CreateSuccessStory($input: SuccessStoryInput!) {
    createSuccessStory(input: $input) {
      ...StoryDetailFields
    }
  }
`);
