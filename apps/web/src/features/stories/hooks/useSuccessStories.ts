import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { type SuccessStoryFilter, SuccessStoriesDocument } from '../../../generated/graphql';

export const STORIES_PAGE_SIZE = 20;

/** One filtered list of stories, newest first, with "load more". */
export function useSuccessStories(
  filter: SuccessStoryFilter,
  options: { skip?: boolean; first?: number } = {},
) {
  const first = options.first ?? STORIES_PAGE_SIZE;
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(
    SuccessStoriesDocument,
    {
      variables: { filter, first },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
      skip: options.skip,
    },
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const connection = (data ?? previousData)?.successStories;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          successStories: {
            ...fetchMoreResult.successStories,
            edges: [
              ...(previous.successStories?.edges ?? []),
              ...fetchMoreResult.successStories.edges,
            ],
          },
        }),
      });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    stories: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
