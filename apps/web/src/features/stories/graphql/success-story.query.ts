import { graphql } from '../../../generated';

export const SuccessStoryQuery = graphql(`
  query SuccessStory($id: ID!) {
    successStory(id: $id) {
      ...StoryDetailFields
    }
  }
`);
