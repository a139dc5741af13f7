import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFromLocale } from '../../../app/i18n/language';
import { LoginDocument, MeDocument } from '../../../generated/graphql';
import { type CurrentMember } from './useCurrentMember';

/** Signs in, then starts a clean cache for this member (nothing left from a previous session). */
export function useSignIn(): {
  signIn: (email: string, password: string) => Promise<CurrentMember>;
  loading: boolean;
} {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const [login, { loading }] = useMutation(LoginDocument);
  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await login({ variables: { email, password } });
      if (!data) throw new Error('Empty login response');
      await i18n.changeLanguage(languageFromLocale(data.login.locale));
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: data.login } });
      return data.login;
    },
    [client, i18n, login],
  );
  return { signIn, loading };
}
