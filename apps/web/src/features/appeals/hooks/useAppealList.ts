import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useLoadMore } from '../../../shared/lib/use-load-more';

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
  const list = ((data ?? previousData) as TData | undefined)?.[field] as
    NodeList<TData[K] extends { nodes: readonly (infer N)[] } ? N : never> | undefined;
  const endCursor = list?.pageInfo.endCursor ?? null;

  const fetchPage = useCallback(
    (after: string) =>
      fetchMore({
        variables: { after } as never,
        updateQuery: (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }) => {
          const before = previous[field] as NodeList<unknown> | undefined;
          const next = fetchMoreResult[field] as NodeList<unknown>;
          return {
            ...fetchMoreResult,
            [field]: { ...next, nodes: [...(before?.nodes ?? []), ...next.nodes] },
          } as TData;
        },
      } as never),
    [fetchMore, field],
  );
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(endCursor, fetchPage);

  return {
    nodes: list?.nodes ?? [],
    loaded: Boolean(list),
    hasNextPage: list?.pageInfo.hasNextPage ?? false,
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
