import { useCallback, useState } from 'react';

/**
 * "Load more" for a cursor-paginated list: fetches the page after `endCursor` with
 * `fetchPage`, tracking whether a page is loading and the last error. No cursor, no request.
 */
export function useLoadMore(
  endCursor: string | null,
  fetchPage: (after: string) => Promise<unknown>,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchPage(endCursor);
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchPage]);
  return { loadMore, loadingMore, loadMoreError };
}
