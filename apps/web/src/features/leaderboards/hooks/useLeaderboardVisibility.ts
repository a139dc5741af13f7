import { useMutation, useQuery } from '@apollo/client/react';
import {
  MyLeaderboardVisibilityDocument,
  SetLeaderboardVisibilityDocument,
} from '../../../generated/graphql';

/** The viewer's own choice to stay off public member boards. */
export function useLeaderboardVisibility() {
  const { data, error } = useQuery(MyLeaderboardVisibilityDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [mutate, { loading: saving, error: saveError }] = useMutation(
    SetLeaderboardVisibilityDocument,
    { refetchQueries: ['Leaderboard'] },
  );
  return {
    hidden: data?.myLeaderboardVisibility.hidden ?? null,
    error: error ?? saveError,
    saving,
    setHidden: (hidden: boolean) => mutate({ variables: { hidden } }),
  };
}
