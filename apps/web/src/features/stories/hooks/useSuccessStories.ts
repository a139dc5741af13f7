import { type SuccessStoryFilter, SuccessStoriesDocument } from '../../../generated/graphql';
import { useConnectionQuery } from '../../../shared/lib/use-connection-query';

export const STORIES_PAGE_SIZE = 20;

/** One filtered list of stories, newest first, with "load more". */
export function useSuccessStories(
  filter: SuccessStoryFilter,
  options: { skip?: boolean; first?: number } = {},
) {
  const { nodes, ...list } = useConnectionQuery(SuccessStoriesDocument, 'successStories', {
    variables: { filter, first: options.first ?? STORIES_PAGE_SIZE },
    skip: options.skip,
  });
  return { stories: nodes, ...list };
}
