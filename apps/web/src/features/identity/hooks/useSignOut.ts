import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LogoutDocument, MeDocument } from '../../../generated/graphql';

export function useSignOut(): { signOut: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // Even if the server call failed, forget everything this browser knew about the member.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
      await navigate('/login', { replace: true });
    }
  }, [client, logout, navigate]);
  return { signOut, loading };
}
