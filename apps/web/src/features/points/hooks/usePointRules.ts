import { useQuery } from '@apollo/client/react';
import { PointRulesDocument } from '../../../generated/graphql';
import { useRefetchOnLocaleChange } from './useRefetchOnLocaleChange';

/** The organization's current point rules (everyone may read them: transparency). */
export function usePointRules() {
  const { data, error, loading, refetch } = useQuery(PointRulesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnLocaleChange(refetch);
  return { ruleSet: data?.pointRules ?? null, error, loading, refetch };
}
