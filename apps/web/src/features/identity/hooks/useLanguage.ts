import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppLanguage,
  localeFromLanguage,
  storeLanguage,
  toAppLanguage,
} from '../../../app/i18n/language';
import { UpdateMyPreferencesDocument } from '../../../generated/graphql';
import { useToast } from '../../../shared/ui/Toasts';
import { useCurrentMember } from './useCurrentMember';

/**
 * Current language and a setter. Signed in: saved on the member (updateMyPreferences) so it
 * follows them to any browser. Signed out: remembered in localStorage only.
 */
export function useLanguage(): {
  language: AppLanguage;
  setLanguage: (language: AppLanguage) => Promise<void>;
  saving: boolean;
} {
  const { t, i18n } = useTranslation();
  const session = useCurrentMember();
  const toast = useToast();
  const [updatePreferences, { loading }] = useMutation(UpdateMyPreferencesDocument);
  const signedIn = session.status === 'signedIn';

  const setLanguage = useCallback(
    async (language: AppLanguage) => {
      const previous = toAppLanguage(i18n.language);
      await i18n.changeLanguage(language);
      if (!signedIn) {
        storeLanguage(language);
        return;
      }
      try {
        await updatePreferences({ variables: { input: { locale: localeFromLanguage(language) } } });
      } catch {
        await i18n.changeLanguage(previous);
        toast.show('error', t('language.saveFailed'));
      }
    },
    [i18n, signedIn, t, toast, updatePreferences],
  );

  return { language: toAppLanguage(i18n.language), setLanguage, saving: loading };
}
