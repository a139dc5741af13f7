import { useQuery } from '@apollo/client/react';
import {
  LeaderboardDocument,
  type LeaderboardPeriod,
  type LeaderboardScope,
  type LeaderboardSubject,
} from '../../../generated/graphql';

export const LEADERBOARD_PAGE_SIZE = 20;

/** One board: refetched on every visit (totals move with every contribution). */
export function useLeaderboard(input: {
  subject: LeaderboardSubject;
  period: LeaderboardPeriod;
  scope: LeaderboardScope;
}) {
  const { data, previousData, loading, error, refetch } = useQuery(LeaderboardDocument, {
    variables: { input: { ...input, first: LEADERBOARD_PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  return { board: (data ?? previousData)?.leaderboard ?? null, loading, error, refetch };
}
