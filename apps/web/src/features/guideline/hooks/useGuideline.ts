import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AcknowledgeGuidelineDocument, GuidelineDocument } from '../../../generated/graphql';

/** The organization's current guideline and whether the viewer still has to acknowledge it. */
export function useGuideline(options: { fresh?: boolean } = {}) {
  const { data, error, loading, refetch } = useQuery(GuidelineDocument, {
    fetchPolicy: options.fresh ? 'cache-and-network' : 'cache-first',
  });
  return { guideline: data?.guideline ?? null, error, loading, refetch };
}

/** Records that the viewer read this version (the cached guideline updates from the answer). */
export function useAcknowledgeGuideline() {
  const [mutate, { loading, error, reset }] = useMutation(AcknowledgeGuidelineDocument);
  const acknowledge = useCallback(
    async (version: number) => {
      await mutate({ variables: { version } });
    },
    [mutate],
  );
  return { acknowledge, loading, error, reset };
}
