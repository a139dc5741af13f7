import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { MembersDocument, type MemberFilter } from '../../../generated/graphql';

export const MEMBERS_PAGE_SIZE = 50;

/** One filtered, reading-sorted member list with cursor "load more" (pages merge in the cache). */
export function useMembersList(filter: MemberFilter) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(MembersDocument, {
    variables: { filter, first: MEMBERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = (data ?? previousData)?.members;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { filter, first: MEMBERS_PAGE_SIZE, after: endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore, filter]);

  return {
    members: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage,
    loading: loading && !loadingMore,
    loaded: Boolean(connection),
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
