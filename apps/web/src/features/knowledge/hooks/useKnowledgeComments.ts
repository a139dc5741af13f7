import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { KnowledgeCommentsDocument } from '../../../generated/graphql';

export const COMMENTS_PAGE_SIZE = 50;

/** Comments of a post, oldest first, with "load more". */
export function useKnowledgeComments(postId: string) {
  const { data, loading, error, fetchMore, refetch } = useQuery(KnowledgeCommentsDocument, {
    variables: { id: postId, first: COMMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.knowledgePost.comments;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          knowledgePost: {
            ...fetchMoreResult.knowledgePost,
            comments: {
              ...fetchMoreResult.knowledgePost.comments,
              edges: [
                ...(previous.knowledgePost?.comments.edges ?? []),
                ...fetchMoreResult.knowledgePost.comments.edges,
              ],
            },
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    comments: connection?.edges.map((edge) => edge.node) ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: Boolean(connection),
    loading,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
