import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useLoadMore } from './use-load-more';

type Connection<N> = {
  edges: readonly { node: N }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
};

/**
 * A cursor-paginated list (a GraphQL connection under `field`) with "load more": pages are
 * appended in the cache, the previous page stays visible while a filter change loads.
 */
type NodeOf<C> = C extends { edges: readonly { node: infer N }[] } ? N : never;

export function useConnectionQuery<
  TData,
  TVariables extends OperationVariables,
  K extends keyof TData & string,
>(
  document: TypedDocumentNode<TData, TVariables>,
  field: K,
  options: { variables: TVariables; skip?: boolean },
) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(document, {
    variables: options.variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip: options.skip,
  } as never);
  const connection = ((data ?? previousData) as TData | undefined)?.[field] as
    Connection<NodeOf<TData[K]>> | undefined;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const fetchPage = useCallback(
    (after: string) =>
      fetchMore({
        variables: { after } as never,
        updateQuery: (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }) => {
          const before = previous[field] as Connection<unknown> | undefined;
          const next = fetchMoreResult[field] as Connection<unknown>;
          return {
            ...fetchMoreResult,
            [field]: { ...next, edges: [...(before?.edges ?? []), ...next.edges] },
          } as TData;
        },
      } as never),
    [fetchMore, field],
  );
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(endCursor, fetchPage);

  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading: loading && !loadingMore,
    loadingMore,
    error: error ?? loadMoreError,
    loadMore,
    refetch,
  };
}
