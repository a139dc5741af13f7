import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';

type NodeList<N> = {
  nodes: readonly N[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
};

/** Appeal lists are `nodes` connections: the same "load more" as useConnectionQuery. */
export function useAppealList<
  TData,
  TVariables extends OperationVariables,
  K extends keyof TData & string,
>(document: TypedDocumentNode<TData, TVariables>, field: K, variables: TVariables) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(document, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  } as never);
  const [loadingMore, setLoadingMore] = useState(false);
  const list = ((data ?? previousData) as TData | undefined)?.[field] as
    NodeList<TData[K] extends { nodes: readonly (infer N)[] } ? N : never> | undefined;
  const endCursor = list?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor } as never,
        updateQuery: (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }) => {
          const before = previous[field] as NodeList<unknown> | undefined;
          const next = fetchMoreResult[field] as NodeList<unknown>;
          return {
            ...fetchMoreResult,
            [field]: { ...next, nodes: [...(before?.nodes ?? []), ...next.nodes] },
          } as TData;
        },
      } as never);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore, field]);

  return {
    nodes: list?.nodes ?? [],
    loaded: Boolean(list),
    hasNextPage: list?.pageInfo.hasNextPage ?? false,
    loading: loading && !loadingMore,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
