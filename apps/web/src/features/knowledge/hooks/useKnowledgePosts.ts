import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { type KnowledgePostFilter, KnowledgePostsDocument } from '../../../generated/graphql';

export const KNOWLEDGE_PAGE_SIZE = 20;

/** One filtered list of posts, most recently updated first, with "load more". */
export function useKnowledgePosts(filter: KnowledgePostFilter) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(
    KnowledgePostsDocument,
    {
      variables: { filter, first: KNOWLEDGE_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const connection = (data ?? previousData)?.knowledgePosts;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          knowledgePosts: {
            ...fetchMoreResult.knowledgePosts,
            edges: [
              ...(previous.knowledgePosts?.edges ?? []),
              ...fetchMoreResult.knowledgePosts.edges,
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
    posts: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
