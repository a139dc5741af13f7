import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { PointHistoryDocument } from '../../../generated/graphql';
import { useRefetchOnLocaleChange } from './useRefetchOnLocaleChange';

export const POINT_HISTORY_PAGE_SIZE = 20;

/** The viewer's ledger entries, newest first, with cursor "load more" (pages merge in the cache). */
export function usePointHistory() {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(
    PointHistoryDocument,
    {
      variables: { first: POINT_HISTORY_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  useRefetchOnLocaleChange(refetch);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const connection = (data ?? previousData)?.myPoints.history;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { first: POINT_HISTORY_PAGE_SIZE, after: endCursor } });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    entries: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
