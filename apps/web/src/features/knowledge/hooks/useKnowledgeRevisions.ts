import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { KnowledgePostRevisionsDocument } from '../../../generated/graphql';

export const REVISIONS_PAGE_SIZE = 10;

/** Edit history of a post, newest first, with "load more". */
export function useKnowledgeRevisions(postId: string) {
  const { data, error, fetchMore } = useQuery(KnowledgePostRevisionsDocument, {
    variables: { postId, first: REVISIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.knowledgePostRevisions;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          knowledgePostRevisions: {
            ...fetchMoreResult.knowledgePostRevisions,
            edges: [
              ...(previous.knowledgePostRevisions?.edges ?? []),
              ...fetchMoreResult.knowledgePostRevisions.edges,
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    revisions: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loadingMore,
    error,
    loadMore,
  };
}
