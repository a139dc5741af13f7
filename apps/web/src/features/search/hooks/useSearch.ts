import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { SearchDocument } from '../../../generated/graphql';
import type { SearchState } from '../lib/search-params';

export const SEARCH_PAGE_SIZE = 20;

/** Results for one query and filter set; "load more" appends the next page. */
export function useSearch(state: SearchState) {
  const query = state.query.trim();
  const variables = {
    query,
    types: state.types.length > 0 ? state.types : null,
    tag: state.tag,
    departmentId: state.departmentId,
    first: SEARCH_PAGE_SIZE,
  };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(SearchDocument, {
    variables,
    skip: query === '',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const result = query === '' ? undefined : (data ?? (loading ? previousData : undefined))?.search;
  const endCursor = result?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          search: {
            ...fetchMoreResult.search,
            hits: [...(previous.search?.hits ?? []), ...fetchMoreResult.search.hits],
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
    hits: result?.hits ?? [],
    totalCount: result?.totalCount ?? 0,
    hasNextPage: result?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(result),
    /** A new search is on its way (results shown may be the previous search's). */
    searching: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
