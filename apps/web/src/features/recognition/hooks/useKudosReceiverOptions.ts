import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { KudosReceiverOptionsDocument } from '../../../generated/graphql';

/** Colleagues matching what the giver typed (name or reading), for the receiver picker. */
export function useKudosReceiverOptions(search: string, excludeId: string | null) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading } = useQuery(KudosReceiverOptionsDocument, {
    variables: { search: debounced || null, first: 20 },
    fetchPolicy: 'cache-first',
  });
  const members = (data ?? previousData)?.members.edges.map((edge) => edge.node) ?? [];
  return { members: members.filter((member) => member.id !== excludeId), loading };
}
