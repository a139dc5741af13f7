import { useQuery } from '@apollo/client/react';
import { MyPointsSummaryDocument } from '../../../generated/graphql';
import { useRefetchOnLocaleChange } from './useRefetchOnLocaleChange';

/** Totals per period and the level, fresh on every visit. */
export function useMyPointsSummary() {
  const { data, error, loading, refetch } = useQuery(MyPointsSummaryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnLocaleChange(refetch);
  return { summary: data?.myPoints ?? null, error, loading, refetch };
}
