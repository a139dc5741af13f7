import { useQuery } from '@apollo/client/react';
import { type CurrentMemberFieldsFragment, MeDocument } from '../../../generated/graphql';

export type CurrentMember = CurrentMemberFieldsFragment;

export type CurrentMemberState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'signedOut' }
  | { status: 'signedIn'; member: CurrentMember };

/** The signed-in member (`me`), fetched once and kept in the Apollo cache. */
export function useCurrentMember(): CurrentMemberState {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  if (data?.me) return { status: 'signedIn', member: data.me };
  if (data && data.me === null) return { status: 'signedOut' };
  if (loading) return { status: 'loading' };
  if (error) return { status: 'error', retry: () => void refetch() };
  return { status: 'loading' };
}
