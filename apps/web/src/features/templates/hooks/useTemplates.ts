import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import {
  type TemplateFilter,
  type TemplateOrderBy,
  TemplatesDocument,
} from '../../../generated/graphql';

export const TEMPLATES_PAGE_SIZE = 24;

/** One filtered, sorted page list of the library with "load more". */
export function useTemplates(filter: TemplateFilter, orderBy: TemplateOrderBy) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(TemplatesDocument, {
    variables: { filter, orderBy, first: TEMPLATES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const connection = (data ?? previousData)?.templates;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          templates: {
            ...fetchMoreResult.templates,
            edges: [...(previous.templates?.edges ?? []), ...fetchMoreResult.templates.edges],
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
    templates: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    /** True while this filter's first page is on its way (the previous list still shows). */
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
