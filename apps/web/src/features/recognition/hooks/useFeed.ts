import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { FeedDocument, type FeedFilter, FeedItemAddedDocument } from '../../../generated/graphql';
import { useLoadMore } from '../../../shared/lib/use-load-more';
import { useCurrentMember } from '../../identity/hooks/useCurrentMember';
import { feedItemMatchesFilter, prependEdge } from '../lib/feed-item';

export const FEED_PAGE_SIZE = 15;

/**
 * The recognition feed for one filter, newest first, with "もっと見る" pages; items written while
 * the page is open arrive over the `feedItemAdded` subscription and are put on top.
 */
export function useFeed(filter: FeedFilter) {
  const session = useCurrentMember();
  const viewer =
    session.status === 'signedIn'
      ? { id: session.member.id, departmentId: session.member.department?.id ?? null }
      : null;
  const viewerId = viewer?.id ?? null;
  const viewerDepartmentId = viewer?.departmentId ?? null;
  const { data, previousData, loading, error, fetchMore, subscribeToMore, refetch } = useQuery(
    FeedDocument,
    {
      variables: { filter, first: FEED_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );

  useEffect(() => {
    if (!viewerId) return undefined;
    return subscribeToMore({
      document: FeedItemAddedDocument,
      updateQuery: (_unsafe, options) => {
        const node = options.subscriptionData.data?.feedItemAdded;
        // Returning nothing leaves the cached list as it is.
        if (!node || !options.complete) return undefined;
        const visible = feedItemMatchesFilter(node, filter, {
          id: viewerId,
          departmentId: viewerDepartmentId,
        });
        if (!visible) return undefined;
        const previous = options.previousData;
        return { ...previous, feed: prependEdge(previous.feed, node, `live:${node.id}`) };
      },
    });
  }, [subscribeToMore, filter, viewerId, viewerDepartmentId]);

  const connection = (data ?? previousData)?.feed;
  const fetchPage = useCallback(
    (after: string) => fetchMore({ variables: { filter, first: FEED_PAGE_SIZE, after } }),
    [fetchMore, filter],
  );
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(
    connection?.pageInfo.endCursor ?? null,
    fetchPage,
  );

  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
