import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { KnowledgeTagsDocument } from '../../../generated/graphql';

/** Tags of published posts, most used first. */
export function useKnowledgeTags() {
  const { data, loading } = useQuery(KnowledgeTagsDocument, { fetchPolicy: 'cache-and-network' });
  const tags = useMemo(() => data?.knowledgeTags ?? [], [data]);
  return { tags, loading };
}
